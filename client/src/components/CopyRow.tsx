import { View, Text, Button } from '@tarojs/components';
import { copyText } from '@/lib/device';

interface CopyRowProps {
  label: string;
  value: string;
}

/** A value the candidate must type exactly elsewhere (bank app), with a copy button. */
export function CopyRow({ label, value }: CopyRowProps) {
  return (
    <View className='field-row' style={{ alignItems: 'center' }}>
      <View style={{ flex: 1, minWidth: '10em' }}>
        <Text className='block muted small'>{label}</Text>
        <Text className='block copy-value' userSelect>
          {value}
        </Text>
      </View>
      <Button className='btn btn-plain btn-inline' style={{ margin: 0 }} onClick={() => copyText(value, label)}>
        复制
      </Button>
    </View>
  );
}
