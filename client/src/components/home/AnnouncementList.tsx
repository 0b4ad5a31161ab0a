import { View, Text } from '@tarojs/components';
import { chinaDateOf } from '@skills/shared';
import { useApi } from '@/hooks/useApi';
import { chineseDate } from '@/lib/format';
import { Card } from '@/components/Card';
import { Empty, Loading } from '@/components/StateView';
import { Loaded } from '@/components/Loaded';

/** The organisation's latest notices (newest first, at most `limit`). */
export function AnnouncementList({ orgId, limit = 3 }: { orgId: string; limit?: number }) {
  const answer = useApi('announcements', 'list', { orgId });
  return (
    <Card title='最新公告'>
      <Loaded
        state={answer}
        loading={<Loading label='正在加载公告…' />}
        isEmpty={(data) => data.announcements.length === 0}
        empty={<Empty message='暂无公告' />}
      >
        {(data) =>
          data.announcements.slice(0, limit).map((item) => (
            <View key={item.id} className='list-item'>
              <Text className='block strong'>
                {item.title}
                {item.demo ? <Text className='tag tag-demo'>演示</Text> : null}
              </Text>
              {/* China's date of the instant, not the UTC date an ISO string starts with. */}
              <Text className='block muted small nowrap'>{chineseDate(chinaDateOf(Date.parse(item.publishedAt)))}</Text>
              <Text className='block'>{item.body}</Text>
            </View>
          ))
        }
      </Loaded>
    </Card>
  );
}
