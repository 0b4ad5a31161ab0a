/**
 * The candidate's dates for one application window, put together from the rules module
 * (no rule is computed here): deadline, assessment month, exam date when announced,
 * ticket release per channel, results expected, retake valid until.
 */
import {
  CHANNEL_LABELS,
  examNotice,
  noticeFor,
  resultsExpectedBy,
  retakeValidUntil,
  ticketReleaseDate,
  type ApplicationWindow,
  type Channel,
  type Rulebook,
  type Session,
  type Track,
} from '@skills/shared';
import { chineseDate, chineseMonth } from './format';

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
  /** The rulebook the page reads (useRulebook()). */
  book: Rulebook;
}

export function buildTimeline({ orgId, track, window, session, today, book }: TimelineInput): TimelineEvent[] {
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
        : `${chineseMonth(window.assessmentMonth)}，${noticeFor(orgId, window.opens, book).notice.calendar.examDateNote}`,
  });
  if (!examDate) return events;

  const channels: Channel[] = ['group', 'individual'];
  const releases = channels.map((channel) => ({ channel, ...ticketReleaseDate(orgId, examDate, channel, book) }));
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
  const results = resultsExpectedBy(examDate, {}, book);
  const withMarking = resultsExpectedBy(examDate, { marking: true }, book);
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
    date: retakeValidUntil(orgId, track, examDate, book),
    estimated: false,
    detail: '部分科目不合格时，在此日前可申请补考',
  });
  return events;
}

/** One date of the own-exam-date answer, with the notice's words it comes from. */
export interface RuledDate {
  key: 'ticket' | 'results' | 'results-marking' | 'retake';
  title: string;
  date: string;
  estimated: boolean;
  /** The notice's rule, quoted, and where it stands. */
  quote: string;
  section: string;
}

/**
 * The dates that follow from an exam date the candidate already knows (before staff publish the
 * session): the ticket for their channel, results with and without marking, the retake deadline.
 */
export function datesForExam(orgId: string, track: Track, channel: Channel, examDate: string, book: Rulebook): RuledDate[] {
  const { notice, estimated: noticeEstimated } = examNotice(orgId, examDate, book);
  const rule = notice.tickets.find((item) => item.channel === channel);
  const ticket = ticketReleaseDate(orgId, examDate, channel, book);
  const results = resultsExpectedBy(examDate, {}, book);
  const marking = resultsExpectedBy(examDate, { marking: true }, book);
  const [resultsQuote, markingQuote] = splitResultsQuote(notice.results.source.quote);
  const resultsSection = `通知${notice.results.source.section}`;
  return [
    {
      key: 'ticket',
      title: `准考证发放（${CHANNEL_LABELS[channel]}）`,
      ...ticket,
      quote: rule?.source.quote ?? '',
      section: `通知${rule?.source.section ?? ''}`,
    },
    { key: 'results', title: '可查询成绩', ...results, estimated: results.estimated || noticeEstimated, quote: resultsQuote, section: resultsSection },
    {
      key: 'results-marking',
      title: '可查询成绩（涉及阅卷及工件检测的项目）',
      ...marking,
      estimated: marking.estimated || noticeEstimated,
      quote: markingQuote,
      section: resultsSection,
    },
    {
      key: 'retake',
      title: '补考有效期至',
      date: retakeValidUntil(orgId, track, examDate, book),
      estimated: noticeEstimated,
      quote: notice.retake.source.quote,
      section: `通知${notice.retake.source.section}`,
    },
  ];
}

/** Section 三's sentence on the 20 working days, and its bracket on the 30 with marking. */
function splitResultsQuote(quote: string): [string, string] {
  const bracket = /（涉及阅卷及工件检测的项目[^）]*）/.exec(quote)?.[0] ?? quote;
  const main = quote.split('。')[0] ?? quote;
  return [`${main}。`, bracket];
}
