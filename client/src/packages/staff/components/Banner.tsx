import { View, Text } from '@tarojs/components';

/**
 * What the last action came to, as one line above or below the form: a status when it went
 * well, an alert (read out at once by screen readers) when it did not. Nothing without text.
 */
export function Banner({ text, ok = true }: { text: string | null | undefined; ok?: boolean }) {
  if (!text) return null;
  return (
    <View className={`banner ${ok ? 'banner-ok' : 'banner-error'}`} role={ok ? 'status' : 'alert'}>
      <Text>{text}</Text>
    </View>
  );
}
