/**
 * 演示考生: fictitious candidates the local runner seeds on first start, relative to its
 * configured today. The ID numbers pass the GB 11643 checksum but belong to nobody.
 * The client's end-to-end tests import this file to know whom to bind.
 */
import type { Channel, Track } from '@skills/shared';

export interface DemoCandidate {
  key: 'released' | 'pending' | 'results' | 'kupasi';
  name: string;
  idNumber: string;
  orgId: string;
  occupationId: string;
  track: Track;
  channel: Channel;
  ticketNumber: string;
  /** Exam date as days from the configured today (negative: in the past). */
  examOffsetDays: number;
  /** What this candidate demonstrates. */
  demonstrates: string;
}

/** Ticket already released: sjtu 个人申报 (考前一周), exam in 3 days. */
export const DEMO_RELEASED: DemoCandidate = {
  key: 'released',
  name: '李演示',
  idNumber: '310101199503151237',
  orgId: 'sjtu',
  occupationId: '4-04-05-05',
  track: 4,
  channel: 'individual',
  ticketNumber: 'YS-SJTU-0001',
  examOffsetDays: 3,
  demonstrates: '准考证已发放（个人申报，考前一周发放，考试在3天后）',
};

/** Ticket not yet released: sjtu 团体申报 (前五个工作日), exam in 30 days. */
export const DEMO_PENDING: DemoCandidate = {
  key: 'pending',
  name: '王演示',
  idNumber: '310105198807204562',
  orgId: 'sjtu',
  occupationId: '4-04-05-05',
  track: 3,
  channel: 'group',
  ticketNumber: 'YS-SJTU-0002',
  examOffsetDays: 30,
  demonstrates: '准考证尚未发放（团体申报，考前第5个工作日发放，考试在30天后）',
};

/** Results published, one subject failed: retake deadline shown. */
export const DEMO_RESULTS: DemoCandidate = {
  key: 'results',
  name: '张演示',
  idNumber: '31011219920108789X',
  orgId: 'sjtu',
  occupationId: '4-04-04-02',
  track: 4,
  channel: 'group',
  ticketNumber: 'YS-SJTU-0003',
  examOffsetDays: -40,
  demonstrates: '成绩已发布：理论知识合格、操作技能不合格（显示补考有效期）',
};

/** kupasi 专项职业能力, ticket released (考试前3天), exam in 2 days. */
export const DEMO_KUPASI: DemoCandidate = {
  key: 'kupasi',
  name: '赵演示',
  idNumber: '310115199906112345',
  orgId: 'kupasi',
  occupationId: 'ai-data-annotation',
  track: 'special',
  channel: 'individual',
  ticketNumber: 'YS-KPS-0001',
  examOffsetDays: 2,
  demonstrates: '库帕思专项职业能力，准考证已发放（考试前3天发放，考试在2天后）',
};

export const DEMO_CANDIDATES: readonly DemoCandidate[] = [DEMO_RELEASED, DEMO_PENDING, DEMO_RESULTS, DEMO_KUPASI];

/** A valid 身份证号 that matches no demo candidate: binding with it fails. */
export const DEMO_UNKNOWN_ID_NUMBER = '310104198502035677';
