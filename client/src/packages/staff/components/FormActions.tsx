import { View, Text, Button } from '@tarojs/components';
import { whenBusy } from '@/lib/busy';

interface FormActionsProps {
  /** The primary button's words, e.g. 保存考期. */
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** While true both buttons are disabled, so a slow answer cannot be sent twice. */
  saving: boolean;
  /** Why the last attempt failed, read out to screen readers. */
  error?: string | null;
}

/** The end of a console form: the failure (if any), then 保存/确认 and 取消. */
export function FormActions({ submitLabel, onSubmit, onCancel, saving, error }: FormActionsProps) {
  return (
    <>
      {error ? (
        <Text className='block input-error' role='alert'>
          {error}
        </Text>
      ) : null}
      <View className='btn-row'>
        <Button className='btn btn-primary' {...whenBusy(saving, saving)} onClick={onSubmit}>
          {submitLabel}
        </Button>
        <Button className='btn btn-secondary' {...whenBusy(saving)} onClick={onCancel}>
          取消
        </Button>
      </View>
    </>
  );
}
