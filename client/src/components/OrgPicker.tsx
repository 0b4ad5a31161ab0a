import { View, Button } from '@tarojs/components';
import { listOrganisations } from '@skills/shared';
import { useRulebook } from '@/hooks/useRulebook';

interface OrgPickerProps {
  value: string;
  onChange: (orgId: string) => void;
}

/** The evaluation organisations with a published notice, as large choices; the current one is marked. */
export function OrgPicker({ value, onChange }: OrgPickerProps) {
  const book = useRulebook();
  return (
    <View className='choice-row' role='radiogroup' aria-label='评价机构'>
      {listOrganisations(book).map((org) => (
        <Button
          key={org.id}
          className={`choice${org.id === value ? ' choice-on' : ''}`}
          aria-checked={org.id === value}
          role='radio'
          onClick={() => onChange(org.id)}
        >
          {org.shortName}
        </Button>
      ))}
    </View>
  );
}
