import type { PropsWithChildren } from 'react';
import { View, Text, Button } from '@tarojs/components';

interface RowBoxProps {
  title: string;
  onRemove: () => void;
}

/** One entry of a repeatable list (a work period, a certificate…), with its delete button. */
export function RowBox({ title, onRemove, children }: PropsWithChildren<RowBoxProps>) {
  return (
    <View className='card' style={{ border: '1px solid #d5dbe4', boxShadow: 'none' }}>
      <View style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Text className='strong'>{title}</Text>
        <Button className='btn btn-danger btn-inline' style={{ margin: 0 }} onClick={onRemove}>
          删除
        </Button>
      </View>
      {children}
    </View>
  );
}
