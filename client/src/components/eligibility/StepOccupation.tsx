import { Text } from '@tarojs/components';
import { getOrganisation, listOrganisations } from '@skills/shared';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { useRulebook } from '@/hooks/useRulebook';
import type { FormAction } from '@/hooks/useEligibilityForm';

interface Props {
  orgId: string;
  occupationId: string;
  dispatch: (action: FormAction) => void;
}

export function StepOccupation({ orgId, occupationId, dispatch }: Props) {
  const book = useRulebook();
  const org = getOrganisation(orgId, book);
  return (
    <>
      <Text className='input-label'>评价机构</Text>
      <ChoiceGroup
        label='评价机构'
        options={listOrganisations(book).map((item) => ({ value: item.id, label: item.shortName }))}
        value={orgId}
        onChange={(next) => {
          const first = getOrganisation(next, book).occupations[0];
          dispatch({ type: 'set', patch: { orgId: next, occupationId: first ? first.id : '' } });
        }}
      />
      <Text className='input-label'>职业（工种）</Text>
      <ChoiceGroup
        label='职业（工种）'
        options={org.occupations.map((item) => ({ value: item.id, label: item.name }))}
        value={occupationId}
        onChange={(next) => dispatch({ type: 'set', patch: { occupationId: next } })}
      />
    </>
  );
}
