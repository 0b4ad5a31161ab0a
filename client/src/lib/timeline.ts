/**
 * The candidate's dates for one application window, put together from the rules module
 * (no rule is computed here): deadline, assessment month, exam date when announced,
 * ticket release per channel, results expected, retake valid until.
 */
import {
  noticeFor,
  resultsExpectedBy,
  retakeValidUntil,
  ticketReleaseDate,
  type ApplicationWindow,
  type Channel,
  type Session,
  type Track,
} from '@skills/shared';
import { CHANNEL_LABELS, chineseDate, chineseMonth } from './format';

export interface TimelineEvent {
  key: string;
  title: string;
  /** 'YYYY-MM-DD', or null while not announced. */
  date: string | null;
  estimated: boolean;
  detail?: string;
}

export interface TimelineInput {
  orgId: string;
  track: Track;
  window: ApplicationWindow;
  /** The session of that month for the occupation and track, when the organisation has announced it. */
  session: Session | null;
  today: string;
}

export function buildTimeline({ orgId, track, window, session, today }: TimelineInput): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (window.opens > today) {
    events.push({ key: 'opens', title: '申报开始', date: window.opens, estimated: window.estimated });
  }
  events.push({
    key: 'closes',
    title: '申报截止（含缴费）',
    date: window.closes,
    estimated: window.estimated,
    detail: `对应 ${chineseMonth(window.assessmentMonth)}评价`,
  });
  const rolled = session && session.rollovers.length > 0 ? session.rollovers[session.rollovers.length - 1] : null;
  const examDate = session?.date ?? null;
  events.push({
    key: 'exam',
    title: '考试日期',
    date: examDate,
    estimated: false,
    detail: rolled
      ? `已顺延至 ${chineseMonth(rolled.toMonth)}：${rolled.reason}`
      : examDate
        ? `${session?.startTime ?? ''}-${session?.endTime ?? ''} · ${session?.venue.name ?? ''}`
        : `${chineseMonth(window.assessmentMonth)}，${noticeFor(orgId, window.opens).notice.calendar.examDateNote}`,
  });
  if (!examDate) return events;

  const channels: Channel[] = ['group', 'individual'];
  const releases = channels.map((channel) => ({ channel, ...ticketReleaseDate(orgId, examDate, channel) }));
  const earliest = releases.reduce((a, b) => (a.date <= b.date ? a : b));
  events.push({
    key: 'ticket',
    title: '准考证发放',
    date: earliest.date,
    estimated: releases.some((release) => release.estimated),
    // One date for both channels (库帕思: 考试前3天 for each) is said once, not twice.
    detail: releases.every((release) => release.date === earliest.date)
      ? `${releases.map((release) => CHANNEL_LABELS[release.channel]).join('、')}同日发放`
      : releases.map((release) => `${CHANNEL_LABELS[release.channel]}：${chineseDate(release.date)}`).join('；'),
  });
  const results = resultsExpectedBy(examDate);
  const withMarking = resultsExpectedBy(examDate, { marking: true });
  events.push({
    key: 'results',
    title: '可查询成绩',
    date: results.date,
    estimated: results.estimated || withMarking.estimated,
    detail: `一般在此日前可查；涉及阅卷及工件检测的项目在 ${chineseDate(withMarking.date)} 前`,
  });
  events.push({
    key: 'retake',
    title: '补考有效期至',
    date: retakeValidUntil(orgId, track, examDate),
    estimated: false,
    detail: '部分科目不合格时，在此日前可申请补考',
  });
  return events;
}
