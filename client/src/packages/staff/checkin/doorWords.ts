/** What the door says for each answer of the offline check, in the staff's words. */
import { chinaDateTimeOf, type DoorAnswer, type RosterEntry } from '@skills/shared';
import { chineseDate } from '@/lib/format';

export type DoorVerdict = DoorAnswer | { kind: 'not-on-roster'; typed: string };

export interface DoorWords {
  tone: 'ok' | 'warn' | 'error';
  title: string;
  detail: string;
  /** The candidate to compare with the ID card, when the ticket is on this session's roster. */
  entry: RosterEntry | null;
}

/** China's hh:mm of an ISO instant. @example clockOf('2026-12-05T00:58:00Z') // '08:58' */
export function clockOf(iso: string): string {
  return chinaDateTimeOf(Date.parse(iso)).slice(11);
}

export function doorWords(verdict: DoorVerdict): DoorWords {
  switch (verdict.kind) {
    case 'checked-in':
      return { tone: 'ok', title: '已签到', detail: '首次签到，已记录在本机。', entry: verdict.entry };
    case 'duplicate':
      return { tone: 'warn', title: '重复签到', detail: `该考生已于 ${clockOf(verdict.at)} 签到，请勿重复放行他人。`, entry: verdict.entry };
    case 'unreadable':
      return { tone: 'error', title: '无法识别', detail: '这不是本系统的准考证二维码。可改为输入准考证号，并核对身份证。', entry: null };
    case 'unknown-key':
      return {
        tone: 'error',
        title: '未知密钥',
        detail: '二维码的签名密钥不在本机名单中：可能是其他机构的准考证，或下载名单后密钥已更换（联网后重新下载名单）。',
        entry: null,
      };
    case 'retired-key':
      return { tone: 'error', title: '密钥已更换', detail: '该二维码由已停用的密钥签发，请考生打开小程序出示最新准考证。', entry: null };
    case 'bad-signature':
      return { tone: 'error', title: '签名无效', detail: '二维码内容被改动或伪造，不予签到。请核对身份证并报告考务负责人。', entry: null };
    case 'not-this-session':
      return { tone: 'error', title: '不是本场次', detail: `该准考证不在本场次名单中（考试日期 ${chineseDate(verdict.examDate)}），请考生核对考场。`, entry: null };
    case 'not-today':
      return { tone: 'error', title: '不是今天', detail: `该准考证的考试日期为 ${chineseDate(verdict.examDate)}，不是今天。`, entry: null };
    case 'rolled-over':
      return {
        tone: 'error',
        title: '考期已顺延',
        detail: `本场考试已由 ${chineseDate(verdict.signedDate)} 顺延至 ${verdict.currentDate ? chineseDate(verdict.currentDate) : '待定日期'}，该二维码已作废，请考生出示最新准考证。`,
        entry: verdict.entry,
      };
    case 'withdrawn':
      return { tone: 'error', title: '准考证已作废', detail: '该二维码签发后考场或座位已变更，请考生打开小程序出示最新准考证。', entry: verdict.entry };
    case 'not-on-roster':
      return { tone: 'error', title: '不在本场名单', detail: `本场名单中没有准考证号“${verdict.typed}”。`, entry: null };
  }
}
