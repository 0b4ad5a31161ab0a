import { Text, Button } from '@tarojs/components';
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

const CURRENT = [
  { value: 'yes' as const, label: '至今仍在做' },
  { value: 'no' as const, label: '已结束' },
];

export function StepWork({ state, errors, dispatch }: Props) {
  return (
    <>
      <Text className='block muted'>只填从事本职业或相关职业的工作。有几段就添加几段，没有可直接下一步。</Text>
      {state.work.map((row, index) => (
        <RowBox key={index} title={`第 ${index + 1} 段工作`} onRemove={() => dispatch({ type: 'remove', list: 'work', index })}>
          <TextField
            label='开始日期'
            name={`work-${index}-from`}
            value={row.from}
            placeholder='例如 2018-03-01'
            hint={MONTH_HINT}
            error={errors[`work.${index}.from`]}
            onChange={(from) => dispatch({ type: 'update', list: 'work', index, patch: { from } })}
          />
          <ChoiceGroup
            label='是否仍在做'
            options={CURRENT}
            value={row.current ? 'yes' : 'no'}
            onChange={(choice) => dispatch({ type: 'update', list: 'work', index, patch: { current: choice === 'yes' } })}
          />
          {row.current ? null : (
            <TextField
              label='结束日期'
              name={`work-${index}-to`}
              value={row.to}
              placeholder='例如 2021-06-30'
              hint={MONTH_HINT}
              error={errors[`work.${index}.to`]}
              onChange={(to) => dispatch({ type: 'update', list: 'work', index, patch: { to } })}
            />
          )}
        </RowBox>
      ))}
      <Button className='btn btn-secondary' onClick={() => dispatch({ type: 'add', list: 'work' })}>
        ＋ 添加一段工作经历
      </Button>
    </>
  );
}
