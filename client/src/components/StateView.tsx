import { View, Text, Button } from '@tarojs/components';

interface LoadingProps {
  label?: string;
}

export function Loading({ label = '正在加载…' }: LoadingProps) {
  return (
    <View className='state state-loading' aria-busy='true'>
      <View className='spinner' />
      <Text className='state-text'>{label}</Text>
    </View>
  );
}

interface ErrorProps {
  message: string;
  onRetry?: () => void;
}

export function ErrorState({ message, onRetry }: ErrorProps) {
  return (
    <View className='state state-error' role='alert'>
      <Text className='state-text'>{message}</Text>
      {onRetry ? (
        <Button className='btn btn-secondary' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

interface EmptyProps {
  message: string;
  hint?: string;
}

export function Empty({ message, hint }: EmptyProps) {
  return (
    <View className='state state-empty'>
      <Text className='state-text'>{message}</Text>
      {hint ? <Text className='state-hint'>{hint}</Text> : null}
    </View>
  );
}
