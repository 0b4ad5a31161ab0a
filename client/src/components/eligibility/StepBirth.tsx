import { Text } from '@tarojs/components';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TextField } from '@/components/TextField';
import { ID_INPUT_MAXLENGTH } from '@/lib/idInput';
import type { EligibilityFormState, FieldErrors, FormAction } from '@/hooks/useEligibilityForm';

interface Props {
  state: EligibilityFormState;
  errors: FieldErrors;
  dispatch: (action: FormAction) => void;
}

const MODES = [
  { value: 'date' as const, label: '填写出生日期' },
  { value: 'id' as const, label: '用身份证号' },
];

export function StepBirth({ state, errors, dispatch }: Props) {
  return (
    <>
      <ChoiceGroup label='填写方式' options={MODES} value={state.birthMode} onChange={(birthMode) => dispatch({ type: 'set', patch: { birthMode } })} />
      {state.birthMode === 'date' ? (
        <TextField
          label='出生日期'
          name='birthDate'
          value={state.birthText}
          placeholder='例如 1990-05-01'
          hint='按 年-月-日 填写'
          error={errors.birth}
          onChange={(birthText) => dispatch({ type: 'set', patch: { birthText } })}
        />
      ) : (
        <>
          <TextField
            label='身份证号'
            name='idNumber'
            type='idcard'
            maxlength={ID_INPUT_MAXLENGTH}
            value={state.idText}
            placeholder='18 位身份证号'
            error={errors.birth}
            onChange={(idText) => dispatch({ type: 'set', patch: { idText } })}
          />
          <Text className='block banner banner-info' style={{ marginTop: '8px' }}>
            只在本机读取出生日期，身份证号不会上传，也不会保存。
          </Text>
        </>
      )}
    </>
  );
}
