import { Text, View } from '@tarojs/components';
import { CHANNEL_LABELS, type TicketView as TicketData } from '@skills/shared';
import { Card, DateText, EstimatedTag, Field, WithDates } from '@/components/Card';
import { TicketQr } from './TicketQr';
import { TicketActions } from './TicketActions';
import { RolloverNotice } from './RolloverNotice';
import { TicketChannels } from './TicketChannels';
import { noticeForExam } from '@/lib/notice';
import { useRulebook } from '@/hooks/useRulebook';
import { chineseDate, chineseWeekday } from '@/lib/format';

interface Props {
  ticket: TicketData;
  /** Today (China); a ticket whose exam is before it says the exam is over. */
  today?: string;
}

/** One ticket: in full once released, otherwise the date it will appear. */
export function TicketView({ ticket, today }: Props) {
  const heading = `${ticket.occupationName} · ${ticket.trackLabel}`;
  const notice = noticeForExam(ticket.orgId, ticket.examDate, useRulebook());
  if (!ticket.released) {
    return (
      <Card title={heading}>
        {ticket.demo ? <Text className='tag tag-demo' style={{ marginLeft: 0 }}>演示</Text> : null}
        <Text className='block banner banner-info' data-testid='ticket-pending' style={{ marginTop: '8px' }}>
          准考证将于 <DateText>{chineseDate(ticket.releaseDate)}</DateText> 发放
          <EstimatedTag estimated={ticket.estimated} />
        </Text>
        <RolloverNotice rollovers={ticket.rollovers} examDate={ticket.examDate} release={{ date: ticket.releaseDate, estimated: ticket.estimated }} />
        <Field label='考试日期'>{ticket.examDate ? chineseDate(ticket.examDate) : '待公布'}</Field>
        <Field label='申报方式'>{CHANNEL_LABELS[ticket.channel]}</Field>
        <Text className='block strong' style={{ marginTop: '8px' }}>
          正式准考证的领取方式
        </Text>
        <TicketChannels notice={notice} channel={ticket.channel} />
      </Card>
    );
  }
  return (
    <Card title={`${ticket.orgName} 准考证（副本）`} className='ticket'>
      {ticket.demo ? <Text className='tag tag-demo' style={{ marginLeft: 0 }}>演示</Text> : null}
      <Text className='block banner banner-info' data-testid='ticket-copy' style={{ marginTop: '8px' }}>
        本页是{ticket.orgName}所发准考证信息的副本，供查看和核对。正式准考证按通知领取：
      </Text>
      <TicketChannels notice={notice} channel={ticket.channel} />
      {today && ticket.examDate && ticket.examDate < today ? (
        <Text className='block banner banner-info' data-testid='ticket-past' style={{ marginTop: '8px' }}>
          本场考试已于 {chineseDate(ticket.examDate)} 举行，成绩请到“成绩与证书”查看。
        </Text>
      ) : null}
      <RolloverNotice rollovers={ticket.rollovers} examDate={ticket.examDate} />
      <View style={{ textAlign: 'center', margin: '8px 0' }}>
        <Text className='block muted small'>准考证号</Text>
        <Text className='block ticket-number' data-testid='ticket-number'>
          {ticket.ticketNumber}
        </Text>
      </View>
      <TicketQr ticketNumber={ticket.ticketNumber} code={ticket.code} />
      <Field label='姓名'>{ticket.name}</Field>
      <Field label='身份证号'>{ticket.maskedIdNumber}</Field>
      <Field label='职业（工种）'>{ticket.occupationName}</Field>
      <Field label='等级'>{ticket.trackLabel}</Field>
      <Field label='考试时间'>
        {ticket.examDate ? <WithDates text={`${chineseDate(ticket.examDate)}（${chineseWeekday(ticket.examDate)}）`} /> : '待公布'}{' '}
        {/* The time range stays on one line: “09:00-” / “11:30” split over two reads as two times. */}
        <Text style={{ whiteSpace: 'nowrap' }}>{ticket.examTime}</Text>
      </Field>
      <Field label='考点'>
        <Text className='block'>{ticket.venue.name}</Text>
        <Text className='block muted small'>{ticket.venue.address}</Text>
      </Field>
      <Field label='考场 / 座位'>
        {ticket.room} / {ticket.seat}
      </Field>
      <Field label='考试科目'>{ticket.subjects.map((subject) => subject.label).join('、')}</Field>
      {ticket.bring.length > 0 ? (
        <View style={{ marginTop: '8px' }}>
          {/* The list holds the ticket to bring and the notice's rule on prohibited items, hence not “请携带”. */}
          <Text className='block strong'>考前准备</Text>
          {ticket.bring.map((item) => (
            <Text key={item} className='block'>
              ☐ {item}
            </Text>
          ))}
        </View>
      ) : null}
      <TicketActions ticket={ticket} />
    </Card>
  );
}
