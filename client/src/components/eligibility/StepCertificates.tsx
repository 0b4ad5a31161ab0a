import { Text, Button } from '@tarojs/components';
import { trackLabel, type Level } from '@skills/shared';
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

const LEVELS: Level[] = [5, 4, 3, 2, 1];

export function StepCertificates({ state, errors, dispatch }: Props) {
  return (
    <>
      <Text className='block muted'>本职业或相关职业的职业资格（职业技能等级）证书。没有可直接下一步。</Text>
      {state.certificates.map((row, index) => (
        <RowBox
          key={index}
          title={`第 ${index + 1} 本证书`}
          onRemove={() => dispatch({ type: 'remove', list: 'certificates', index })}
        >
          <Text className='input-label'>证书等级</Text>
          <ChoiceGroup
            label='证书等级'
            options={LEVELS.map((level) => ({ value: level, label: trackLabel(level) }))}
            value={row.level}
            onChange={(level) => dispatch({ type: 'update', list: 'certificates', index, patch: { level } })}
          />
          <TextField
            label='取证日期'
            name={`certificate-${index}`}
            value={row.obtainedOn}
            placeholder='例如 2019-12-20'
            hint={MONTH_HINT}
            error={errors[`certificates.${index}`]}
            onChange={(obtainedOn) => dispatch({ type: 'update', list: 'certificates', index, patch: { obtainedOn } })}
          />
        </RowBox>
      ))}
      <Button className='btn btn-secondary' onClick={() => dispatch({ type: 'add', list: 'certificates' })}>
        ＋ 添加一本证书
      </Button>
    </>
  );
}
