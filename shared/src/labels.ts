/**
 * The Chinese words for the codes candidates and offices read: the mini program, the
 * staff console and the exported spreadsheets all use this one table.
 */
import type { Subject, SubjectOutcome } from './api';
import type { Channel } from './types';

/** 上海交通大学 and 上海库帕思 notices, 三、申报程序: “团体申报” and “个人申报”. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  group: '团体申报',
  individual: '个人申报',
};

/** The fee tables' subject columns (上海交通大学: “理论知识 考试费 / 操作技能 考试费 / 综合评审 考试费”). */
export const SUBJECT_LABELS: Record<Subject, string> = {
  theory: '理论知识',
  practical: '操作技能',
  review: '综合评审',
};

/** A subject's result as reported per subject (“部分科目成绩不合格，可按规定申请补考”), 缺考 for a no-show. */
export const OUTCOME_LABELS: Record<SubjectOutcome, string> = {
  pass: '合格',
  fail: '不合格',
  absent: '缺考',
};

/**
 * The code a label stands for, reading a cell as people write it (spaces ignored); null for
 * words that are not in the table.
 * @example labelCode(OUTCOME_LABELS, ' 不合格 ') // 'fail'
 * @example labelCode(CHANNEL_LABELS, '团体申报') // 'group'
 * @example labelCode(OUTCOME_LABELS, '良好') // null
 */
export function labelCode<K extends string>(labels: Record<K, string>, text: string): K | null {
  const key = text.replace(/\s+/g, '');
  const found = (Object.entries(labels) as [K, string][]).find(([, label]) => label === key);
  return found ? found[0] : null;
}
