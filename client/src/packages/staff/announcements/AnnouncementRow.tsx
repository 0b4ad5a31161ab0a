import { View, Text, Button } from '@tarojs/components';
import type { Announcement } from '@skills/shared';
import { chinaDateTime } from '@/packages/staff/lib/labels';

/** One announcement as staff see it: withdrawn or not, when published and changed, and what they can do with it. */
export function AnnouncementRow({ announcement, onEdit, onWithdraw }: { announcement: Announcement; onEdit: () => void; onWithdraw: () => void }) {
  return (
    <View className='staff-row'>
      <View className='staff-row-main'>
        <Text className='block strong'>
          {announcement.title}
          {announcement.withdrawn ? <Text className='tag tag-no'>已撤回</Text> : null}
          {announcement.demo ? <Text className='tag tag-demo'>演示</Text> : null}
        </Text>
        <Text className='block muted small'>
          发布于 {chinaDateTime(announcement.publishedAt)}
          {announcement.updatedAt !== announcement.publishedAt ? ` · 修改于 ${chinaDateTime(announcement.updatedAt)}` : ''}
        </Text>
        <Text className='block small'>{announcement.body}</Text>
      </View>
      {announcement.withdrawn ? null : (
        <View className='btn-row staff-row-side'>
          <Button className='btn btn-plain btn-inline' onClick={onEdit}>
            修改
          </Button>
          <Button className='btn btn-danger btn-inline' onClick={onWithdraw}>
            撤回
          </Button>
        </View>
      )}
    </View>
  );
}
