import { useState } from 'react';
import { Text, Button, View } from '@tarojs/components';
import { parseIdNumber } from '@skills/shared';
import { whenBusy } from '@/lib/busy';
import { ID_INPUT_MAXLENGTH, normalizeIdInput } from '@/lib/idInput';
import { useBusy } from '@/hooks/useBusy';
import { TextField } from '@/components/TextField';
import { callApi } from '@/services/api';
import { describeError, isApiError } from '@/services/errors';

interface Props {
  onBound: () => void;
  /** What the button promises: the ticket on the ticket page, results on the results page. */
  submitLabel?: string;
}

/** Name + 身份证号, once. The number is checked on the device first, then matched on the server. */
export function BindForm({ onBound, submitLabel = '绑定并查看准考证' }: Props) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ name?: string; id?: string }>({});
  const [failure, setFailure] = useState<{ message: string; limited: boolean } | null>(null);
  const [busy, run] = useBusy();

  const submit = () =>
    run(async () => {
      const errors: { name?: string; id?: string } = {};
      const trimmedName = name.trim();
      if (trimmedName === '') errors.name = '请填写姓名';
      let normalized = '';
      const typed = normalizeIdInput(idNumber);
      if (typed === '') {
        errors.id = '请填写身份证号';
      } else {
        try {
          normalized = parseIdNumber(typed).normalized;
        } catch {
          errors.id = `身份证号不正确，请核对（18 位，末位 X 请输入字母 X${typed.length === 18 ? '' : `；现为 ${typed.length} 位`}）`;
        }
      }
      setFieldErrors(errors);
      setFailure(null);
      if (errors.name || errors.id) return;
      try {
        await callApi('tickets', 'bind', { name: trimmedName, idNumber: normalized });
        setIdNumber('');
        onBound();
      } catch (error) {
        setFailure({ message: describeError(error), limited: isApiError(error) && error.code === 'RATE_LIMITED' });
      }
    });

  return (
    <View>
      <Text className='block muted'>请填写报名时使用的姓名和身份证号。绑定一次后，准考证和成绩都会显示在这里。</Text>
      <TextField label='姓名' name='name' value={name} maxlength={30} error={fieldErrors.name} onChange={setName} onConfirm={submit} />
      <TextField
        label='身份证号'
        name='idNumber'
        type='idcard'
        maxlength={ID_INPUT_MAXLENGTH}
        value={idNumber}
        hint='可带空格或短横线，会自动去掉'
        error={fieldErrors.id}
        onChange={setIdNumber}
        onConfirm={submit}
      />
      {failure ? (
        <Text className={`block banner ${failure.limited ? 'banner-warn' : 'banner-error'}`} role='alert' style={{ marginTop: '10px' }}>
          {failure.message}
        </Text>
      ) : null}
      <Button className='btn btn-primary' {...whenBusy(busy)} aria-busy={busy} onClick={submit}>
        {busy ? '正在核对…' : submitLabel}
      </Button>
      <Text className='block muted small' style={{ marginTop: '8px' }}>
        身份证号只用于核对身份，服务器仅保存其加密摘要和打码后的号码。
      </Text>
    </View>
  );
}
