import { Button, Text, View } from '@tarojs/components';
import { Card } from '@/components/Card';
import { go } from '@/lib/navigate';

/** After the answer, where a candidate goes next: the dates to plan by, and how to apply. */
export function NextSteps({ orgId, anyEligible }: { orgId: string; anyEligible: boolean }) {
  return (
    <Card title='接下来'>
      <Text className='block muted'>
        {anyEligible ? '可以报考的等级，按申报时间办理申报和缴费即可。' : '满足条件后，按申报时间办理申报和缴费。'}
      </Text>
      <View className='btn-row'>
        <Button className='btn btn-secondary' onClick={() => go('timeline', { org: orgId })}>
          看申报和考试时间
        </Button>
        <Button className='btn btn-secondary' onClick={() => go('apply', { org: orgId })}>
          如何报名
        </Button>
      </View>
    </Card>
  );
}
