import { useState, type ReactNode } from 'react';
import { Text, Button, View } from '@tarojs/components';
import type { TicketBindingData } from '@skills/shared';
import { useApi } from '@/hooks/useApi';
import { callApi } from '@/services/api';
import { describeError } from '@/services/errors';
import { Card } from '@/components/Card';
import { Loaded } from '@/components/Loaded';
import { BindForm } from './BindForm';
import { useBusy } from '@/hooks/useBusy';
import { whenBusy } from '@/lib/busy';

interface Props {
  /** Shown once the candidate is bound. */
  children: (binding: TicketBindingData) => ReactNode;
  /** The bind button's words; see BindForm. */
  submitLabel?: string;
}

/** Asks for name + 身份证号 once; afterwards shows who is bound and the page's content. */
export function BindingGate({ children, submitLabel }: Props) {
  const binding = useApi('tickets', 'binding', {});
  const [unbindError, setUnbindError] = useState<string | null>(null);
  const [unbinding, run] = useBusy();

  const unbind = () =>
    run(async () => {
      try {
        await callApi('tickets', 'unbind', {});
        binding.reload();
      } catch (error) {
        setUnbindError(describeError(error));
      }
    });
  return (
    <Loaded state={binding}>
      {(data) =>
        data.bound ? (
          <View>
            <View className='card no-print' style={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' }}>
              <Text data-testid='bound-as'>
                已绑定：{data.name} {data.maskedIdNumber}
              </Text>
              <Button className='btn btn-plain btn-inline' style={{ margin: 0 }} {...whenBusy(unbinding)} onClick={unbind}>
                解除绑定
              </Button>
              {unbindError ? <Text className='block input-error'>{unbindError}</Text> : null}
            </View>
            {children(data)}
          </View>
        ) : (
          <Card title='绑定考生身份'>
            <BindForm onBound={binding.reload} submitLabel={submitLabel} />
          </Card>
        )
      }
    </Loaded>
  );
}
