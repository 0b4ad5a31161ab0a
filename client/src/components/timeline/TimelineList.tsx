import { View, Text, Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EstimatedTag, WithDates } from '@/components/Card';
import { chineseDate, chineseWeekday } from '@/lib/format';
import { addToPhoneCalendar } from '@/lib/calendar';
import type { TimelineEvent } from '@/lib/timeline';

interface Props {
  events: TimelineEvent[];
  today: string;
}

export function TimelineList({ events, today }: Props) {
  const addOne = async (event: TimelineEvent) => {
    const added = await addToPhoneCalendar(event);
    if (!added) Taro.showToast({ title: '未能加入日历，可在系统设置中允许访问日历', icon: 'none' });
  };
  return (
    <View data-testid='timeline'>
      {events.map((event) => {
        const past = event.date !== null && event.date < today;
        return (
          <View key={event.key} className='timeline-item'>
            <View className={`timeline-dot${past ? ' timeline-dot-done' : ''}`} />
            <Text className='block strong'>
              {event.title}
              <EstimatedTag estimated={event.estimated} />
              {past ? <Text className='tag tag-demo'>已过</Text> : null}
            </Text>
            <Text className='block'>
              {event.date ? <WithDates text={`${chineseDate(event.date)}（${chineseWeekday(event.date)}）`} /> : '待公布'}
            </Text>
            {event.detail ? (
              <Text className='block muted small'>
                <WithDates text={event.detail} />
              </Text>
            ) : null}
            {process.env.TARO_ENV === 'weapp' && event.date && !past ? (
              <Button className='btn btn-plain btn-inline' onClick={() => addOne(event)}>
                加入手机日历
              </Button>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
