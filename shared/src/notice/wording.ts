/**
 * A notice's own words: which fields of a notice document quote the published notice, and how a
 * quote is found in the notice's text as extracted from its PDF. Only spacing and the
 * half-width/full-width form of punctuation are normalised; nothing else may differ.
 */
import type { NoticeDocument, OrgNotice } from '../types';

/** Where a value sits in a document: keys and array indexes, e.g. ['notice', 'offerings', 2, 'total']. */
export type DocumentPath = (string | number)[];

export interface Wording {
  path: DocumentPath;
  text: string;
}

const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' };

/**
 * The simplified characters a Chinese font draws with the same glyph as a CJK radical, where
 * NFKC has no mapping (CJK Radicals Supplement) or maps to the traditional form (⼾ → 戶).
 * PDF writers that name a shared glyph by its lowest code point (Chromium's printing among them)
 * put the radical into the PDF's text layer instead of the character.
 */
const SIMPLIFIED_RADICALS: Record<string, string> = {
  '⻅': '见', '⻈': '讠', '⻋': '车', '⻐': '钅', '⻓': '长', '⻔': '门', '⻚': '页', '⻛': '风', '⻜': '飞',
  '⻠': '饣', '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐',
  '⻮': '齿', '⻰': '龙', '⻳': '龟', '⼾': '户',
};

/** A CJK radical (U+2E80–U+2FDF) as the character it stands for in running text. */
function radicalAsCharacter(radical: string): string {
  return SIMPLIFIED_RADICALS[radical] ?? radical.normalize('NFKC');
}

/**
 * Spacing and punctuation width only; plus the Markdown and footnote markers of the extraction,
 * and the code points a PDF's text layer gives for the same glyph (radicals, 〈 U+2329).
 * @example normaliseNoticeText('业务咨询电话: 021-62933821') // '业务咨询电话：021-62933821'
 * @example normaliseNoticeText('⼈⼯智能训练师') // '人工智能训练师'
 */
export function normaliseNoticeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2E80-\u2FDF]/g, radicalAsCharacter)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') // [www.osta.org.cn](http://www.osta.org.cn)
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*|^#+ /gm, '')
    .replace(/\^[①②③]/g, '')
    .replace(/[(),:;]/g, (c) => HALF_TO_FULL[c])
    .replace(/\s+/g, '');
}

/**
 * The text without the footnotes the PDF prints between the lines of a clause (附件1), so a
 * clause that a footnote interrupts reads as one.
 */
export function withoutFootnotes(raw: string): string {
  return raw
    .split('\n')
    .filter((line) => !/^\^[①②③]/.test(line.trim()) && !line.trim().startsWith('参加中国特色企业新型学徒制'))
    .join('\n');
}

/** The two forms a quote is looked for in: the whole text, and the text without footnotes. */
export interface NoticeText {
  full: string;
  body: string;
}

/** A published notice's text, ready for `quoteFound`. */
export function noticeText(raw: string): NoticeText {
  return { full: normaliseNoticeText(raw), body: normaliseNoticeText(withoutFootnotes(raw)) };
}

/**
 * Whether the notice prints these words.
 * @example quoteFound(noticeText('个人申报。'), '团体申报。') // false
 * @example quoteFound(noticeText('（三）业务咨询电话: 18921123057'), '业务咨询电话：18921123057') // true
 */
export function quoteFound(text: NoticeText, quote: string): boolean {
  const wanted = normaliseNoticeText(quote);
  return text.full.includes(wanted) || text.body.includes(wanted);
}

/**
 * Whether the notice prints this URL, with or without its scheme and trailing slash.
 * @example urlFound(noticeText('（www.osta.org.cn）查询'), 'http://www.osta.org.cn') // true
 */
export function urlFound(text: NoticeText, url: string): boolean {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return [url, bare].some((form) => text.full.includes(normaliseNoticeText(form)));
}

/**
 * The fields of a notice that claim to be its wording (`*`: every item or key). What the notice
 * does not say (`unstated`, `examDateNote` where it is silent) is the product's own words and is
 * not listed.
 */
const NOTICE_WORDING = [
  'title',
  'basis.*',
  'eligibilityNote',
  'adjustments.*',
  'declarations.*',
  'offerings.*.source.quote',
  'offerings.*.trackLabel',
  'offerings.*.subjects.*.feeName',
  'application.*.source.quote',
  'application.*.who',
  'application.*.address',
  'application.*.steps.*',
  'application.*.materials.*',
  'payment.summary',
  'payment.standard',
  'payment.source.quote',
  'payment.rules.*',
  'payment.account.*',
  'calendar.notes.*',
  'calendar.lastRowWording',
  'calendar.source.quote',
  'tickets.*.how',
  'tickets.*.source.quote',
  'results.source.quote',
  'results.querySteps.*',
  'results.alsoAt.name',
  'retake.rules.*',
  'retake.source.quote',
  'certificates.group',
  'certificates.individual',
  'certificates.lostReplacement',
  'certificates.source.quote',
  'office.address',
  'office.hours',
  'office.source.quote',
  'office.consultation.*.number',
  'office.consultation.*.label',
  'office.consultation.*.hours',
  'office.supervision.*.number',
  'office.supervision.*.label',
  'office.supervision.*.hours',
  'documents.*.label',
  'documents.*.where',
  'conduct.title',
  'conduct.preamble',
  'conduct.source.quote',
  'conduct.sections.*.lead',
  'conduct.sections.*.penalty',
  'conduct.sections.*.items.*',
  'conduct.afterwards',
];

/** The URLs a notice prints. */
const NOTICE_URLS = ['tickets.*.url', 'documents.*.url', 'results.alsoAt.url'];

/** The organisation's and its occupations' names, as the notice prints them. */
const DOCUMENT_WORDING = ['name', 'occupations.*.name', 'occupations.*.code'];

/** Every string at a pattern's paths (absent optional fields are skipped). */
function stringsAt(value: unknown, pattern: string[], path: DocumentPath): Wording[] {
  if (pattern.length === 0) return typeof value === 'string' ? [{ path, text: value }] : [];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = pattern;
  const record = value as Record<string, unknown>;
  if (head !== '*') return stringsAt(record[head], rest, [...path, head]);
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(record);
  return keys.flatMap((key) => stringsAt(record[key], rest, [...path, key]));
}

function collect(value: unknown, patterns: string[], prefix: DocumentPath): Wording[] {
  return patterns.flatMap((pattern) => stringsAt(value, pattern.split('.'), prefix));
}

/** Every text of a notice that claims to be the notice's wording, with where it sits. */
export function noticeWording(notice: OrgNotice, prefix: DocumentPath = []): Wording[] {
  return collect(notice, NOTICE_WORDING, prefix);
}

/** Every URL of a notice, with where it sits. */
export function noticeUrls(notice: OrgNotice, prefix: DocumentPath = []): Wording[] {
  return collect(notice, NOTICE_URLS, prefix);
}

/** Every text of a document that claims to be the notice's wording: its names and the notice's. */
export function documentWording(document: NoticeDocument): Wording[] {
  return [...collect(document, DOCUMENT_WORDING, []), ...noticeWording(document.notice, ['notice'])];
}
