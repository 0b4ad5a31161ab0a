import { useMemo, useState } from 'react';
import { Text, Button } from '@tarojs/components';
import { latestNotice, noticeFor, ticketReleaseDate, upcomingWindows, type Rulebook, type Session } from '@skills/shared';
import { Page } from '@/components/Page';
import { OrgPicker } from '@/components/OrgPicker';
import { Card } from '@/components/Card';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TimelineList } from '@/components/timeline/TimelineList';
import { RolloverNotice } from '@/components/ticket/RolloverNotice';
import { SubscribeReminders } from '@/components/timeline/SubscribeReminders';
import { TicketChannels } from '@/components/ticket/TicketChannels';
import { OwnExamDate } from '@/components/timeline/OwnExamDate';
import { useOrg } from '@/hooks/useOrg';
import { useToday } from '@/hooks/useToday';
import { useRulebook } from '@/hooks/useRulebook';
import { useMonthSession } from '@/hooks/useMonthSession';
import { buildTimeline } from '@/lib/timeline';
import { buildIcs } from '@/lib/ics';
import { downloadText, utcStamp } from '@/lib/calendar';
import { occupationName } from '@/lib/notice';
import { chineseMonth } from '@/lib/format';
import { go } from '@/lib/navigate';

const WINDOW_COUNT = 4;

/** For a session moved to a month without a date yet: the earlier channel's ticket date from the month's first day, an estimate. */
function expectedRelease(orgId: string, session: Session, book: Rulebook): { date: string; estimated: boolean } | undefined {
  if (session.date || session.rollovers.length === 0) return undefined;
  const stand = `${session.month}-01`;
  const dates = (['group', 'individual'] as const).map((channel) => ticketReleaseDate(orgId, stand, channel, book).date).sort();
  return { date: dates[0], estimated: true };
}

export default function Timeline() {
  const [orgId, setOrgId] = useOrg();
  const today = useToday();
  const book = useRulebook();
  const [windowIndex, setWindowIndex] = useState(0);
  const [offeringIndex, setOfferingIndex] = useState(0);

  const windows = useMemo(() => upcomingWindows(orgId, today, WINDOW_COUNT, book), [orgId, today, book]);
  const offerings = latestNotice(orgId, book).offerings;
  const window = windows[Math.min(windowIndex, windows.length - 1)];
  const offering = offerings[Math.min(offeringIndex, offerings.length - 1)];
  const { session, status, message, reload } = useMonthSession(orgId, offering.occupationId, offering.track, window.assessmentMonth);
  const events = buildTimeline({ orgId, track: offering.track, window, session, today, book });

  const switchOrg = (next: string) => {
    setOrgId(next);
    setWindowIndex(0);
    setOfferingIndex(0);
  };
  const download = () => {
    const name = `${chineseMonth(window.assessmentMonth)}评价 · ${offering.trackLabel}`;
    downloadText(buildIcs(events, name, utcStamp()), `评价时间表-${window.assessmentMonth}.ics`, 'text/calendar;charset=utf-8');
  };

  return (
    <Page title='我的时间表' subtitle='从申报到补考，每个日期一目了然'>
      <OrgPicker value={orgId} onChange={switchOrg} />
      <Card title='选择申报批次'>
        <ChoiceGroup
          label='申报批次'
          options={windows.map((item, index) => ({
            value: index,
            label: `${chineseMonth(item.assessmentMonth)}评价${item.estimated ? '（预计）' : ''}`,
          }))}
          value={windowIndex}
          onChange={setWindowIndex}
        />
        <Button className='btn btn-plain' onClick={() => go('apply', { org: orgId })}>
          查看全年申报及评价时间表
        </Button>
        <Text className='input-label'>职业与等级</Text>
        <ChoiceGroup
          label='职业与等级'
          options={offerings.map((item, index) => ({ value: index, label: `${occupationName(orgId, item.occupationId, book)} · ${item.trackLabel}` }))}
          value={offeringIndex}
          onChange={setOfferingIndex}
        />
      </Card>
      <Card title='时间安排'>
        {status === 'loading' ? <Text className='block muted small'>正在查询考试安排…</Text> : null}
        {status === 'error' ? (
          <Text className='block input-error'>
            考试日期暂时无法获取：{message}
          </Text>
        ) : null}
        {session ? <RolloverNotice rollovers={session.rollovers} examDate={session.date} release={expectedRelease(orgId, session, book)} /> : null}
        <TimelineList events={events} today={today} />
        {status === 'error' ? (
          <Button className='btn btn-secondary' onClick={reload}>
            重新查询考试日期
          </Button>
        ) : null}
        {process.env.TARO_ENV === 'weapp' ? null : (
          <Button className='btn btn-primary' onClick={download}>
            下载到日历（.ics 文件）
          </Button>
        )}
      </Card>
      <Card title='我已知道考试日期'>
        <OwnExamDate orgId={orgId} track={offering.track} />
      </Card>
      <Card title='正式准考证如何领取'>
        <TicketChannels notice={noticeFor(orgId, window.opens, book).notice} />
      </Card>
      <Card title='提醒'>
        <SubscribeReminders orgId={orgId} onCalendar={download} />
      </Card>
    </Page>
  );
}
