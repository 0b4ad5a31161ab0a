import { Text, Button } from '@tarojs/components';
import type { TitleGrade } from '@skills/shared';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TextField } from '@/components/TextField';
import { RowBox } from './RowBox';
import { MONTH_HINT } from './hints';
import type { EligibilityFormState, FieldErrors, FormAction } from '@/hooks/useEligibilityForm';

interface Props {
  state: EligibilityFormState;
  errors: FieldErrors;
  dispatch: (action: FormAction) => void;
}

const GRADES: { value: TitleGrade; label: string }[] = [
  { value: 'junior', label: '初级职称' },
  { value: 'intermediate', label: '中级职称' },
  { value: 'senior', label: '高级职称' },
];

export function StepTitles({ state, errors, dispatch }: Props) {
  return (
    <>
      <Text className='block muted'>符合专业对应关系的职称（专业技术人员职业资格）。没有可直接下一步。</Text>
      {state.titles.map((row, index) => (
        <RowBox key={index} title={`第 ${index + 1} 个职称`} onRemove={() => dispatch({ type: 'remove', list: 'titles', index })}>
          <ChoiceGroup
            label='职称级别'
            options={GRADES}
            value={row.grade}
            onChange={(grade) => dispatch({ type: 'update', list: 'titles', index, patch: { grade } })}
          />
          <TextField
            label='取得日期'
            name={`title-${index}`}
            value={row.obtainedOn}
            placeholder='例如 2020-01-01'
            hint={MONTH_HINT}
            error={errors[`titles.${index}`]}
            onChange={(obtainedOn) => dispatch({ type: 'update', list: 'titles', index, patch: { obtainedOn } })}
          />
        </RowBox>
      ))}
      <Button className='btn btn-secondary' onClick={() => dispatch({ type: 'add', list: 'titles' })}>
        ＋ 添加职称
      </Button>
    </>
  );
}
