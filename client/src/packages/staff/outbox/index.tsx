import { View, Text } from '@tarojs/components';
import { Card } from '@/components/Card';
import { Empty } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { REMINDER_LABELS, chinaDateTime } from '@/packages/staff/lib/labels';
import { useStaffData } from '@/services/staff';

const SHOWN = 200;

function OutboxBody({ orgId }: { orgId: string }) {
  const outbox = useStaffData('outbox.list', { orgId, limit: SHOWN });
  return (
    <Card title='发给考生的提醒'>
      <Text className='block muted small'>
        正式环境通过微信订阅消息发送；本地运行时写入这里，供核对。每条提醒对每位考生只发一次。
      </Text>
      <Loaded
        state={outbox}
        isEmpty={(data) => data.messages.length === 0}
        empty={<Empty message='还没有提醒' hint='考生订阅后，申报开始、截止前 3 天、准考证发放、成绩发布、考期顺延时会生成提醒。' />}
      >
        {(data) =>
          data.messages.map((message) => (
            <View className='staff-row' key={message.id} data-testid='outbox-row'>
              <View className='staff-row-main'>
                <Text className='block strong'>
                  {REMINDER_LABELS[message.kind] ?? '提醒'}
                  <Text className={`tag ${message.sentAt ? 'tag-ok' : 'tag-info'}`}>{message.sentAt ? '已发送' : '待发送'}</Text>
                </Text>
                {Object.entries(message.fields).map(([name, value]) => (
                  <Text className='block small' key={name}>
                    {value}
                  </Text>
                ))}
                <Text className='block muted small'>
                  接收人 <Text className='staff-mono'>{message.recipient}</Text>
                </Text>
              </View>
              <Text className='staff-row-side small'>{chinaDateTime(message.sentAt ?? message.createdAt)}</Text>
            </View>
          ))
        }
      </Loaded>
    </Card>
  );
}

export default function StaffOutbox() {
  return (
    <StaffFrame title='提醒发送记录' section='outbox'>
      {({ orgId }) => <OutboxBody key={orgId} orgId={orgId} />}
    </StaffFrame>
  );
}
