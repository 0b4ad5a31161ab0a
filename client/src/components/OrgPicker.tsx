import { View, Button } from '@tarojs/components';
import { listOrganisations } from '@skills/shared';

interface OrgPickerProps {
  value: string;
  onChange: (orgId: string) => void;
}

/** The two evaluation organisations as large choices; the current one is marked. */
export function OrgPicker({ value, onChange }: OrgPickerProps) {
  return (
    <View className='choice-row' role='radiogroup' aria-label='评价机构'>
      {listOrganisations().map((org) => (
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
