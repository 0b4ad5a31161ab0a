import { Button, Text } from '@tarojs/components';
import { Card } from '@/components/Card';

/**
 * In place of a form that needs the organisation's notice while it has none in force (just added
 * by the operator, or its only notice withdrawn): what to do first, instead of a broken form.
 */
export function NoNoticeYet({ title, onCancel }: { title: string; onCancel: () => void }) {
  return (
    <Card title={title}>
      <Text className='block' role='alert' data-testid='no-notice-yet'>
        本机构还没有生效的通知。考期按通知开设的职业（工种）和等级安排，请先在“通知与规则”中发布本机构的通知。
      </Text>
      <Button className='btn btn-secondary' onClick={onCancel}>
        返回
      </Button>
    </Card>
  );
}
