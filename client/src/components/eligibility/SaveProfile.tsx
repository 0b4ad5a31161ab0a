import { whenBusy } from '@/lib/busy';
import { useState } from 'react';
import { Text, Button } from '@tarojs/components';
import type { Applicant } from '@skills/shared';
import { callApi } from '@/services/api';
import { describeError } from '@/services/errors';
import { useBusy } from '@/hooks/useBusy';

interface Props {
  orgId: string;
  occupationId: string;
  applicant: Applicant;
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };

/** Saving is the candidate's choice; only the dates entered are sent, never a 身份证号. */
export function SaveProfile({ orgId, occupationId, applicant }: Props) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [, run] = useBusy();
  const save = () => run(async () => {
    setState({ status: 'saving' });
    try {
      await callApi('eligibility', 'saveProfile', { applicant, orgId, occupationId });
      setState({ status: 'saved' });
    } catch (error) {
      setState({ status: 'error', message: describeError(error) });
    }
  });
  const remove = () => run(async () => {
    setState({ status: 'saving' });
    try {
      await callApi('eligibility', 'deleteProfile', {});
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'error', message: describeError(error) });
    }
  });
  return (
    <>
      <Text className='block muted'>保存出生日期、工作经历、证书、职称和学历，下次打开自动填好。身份证号不会保存。</Text>
      {state.status === 'saved' ? (
        <>
          <Text className='block banner banner-ok' role='status' style={{ marginTop: '8px' }}>
            已保存。
          </Text>
          <Button className='btn btn-danger' onClick={remove}>
            删除已保存的资料
          </Button>
        </>
      ) : (
        <Button className='btn btn-secondary' {...whenBusy(state.status === 'saving')} onClick={save}>
          {state.status === 'saving' ? '正在保存…' : '保存我的资料'}
        </Button>
      )}
      {state.status === 'error' ? (
        <Text className='block input-error' role='alert'>
          {state.message}
        </Text>
      ) : null}
    </>
  );
}
