/**
 * The contract's values that the mini program uses at run time: error codes with their Chinese
 * messages, reminder kinds and access levels. Plain constants, no validator, so importing them
 * ships no schema library to WeChat; the schemas build their enums from these same tuples.
 */

/**
 * Stable error codes. The Chinese message beside each is for people; programs branch on the code.
 * - BAD_REQUEST: the event is not an object, a field is missing or of the wrong type, a date is malformed. HTTP 400.
 * - UNKNOWN_FUNCTION: no such function. HTTP 404.
 * - UNKNOWN_ACTION: no such action for this function. HTTP 400.
 * - UNAUTHENTICATED: no caller identity (local runner: no cookie yet). HTTP 401.
 * - FORBIDDEN: the caller may not do this (not staff of that organisation). HTTP 403.
 * - NOT_FOUND: the thing asked for does not exist or is not the caller's. HTTP 404.
 * - RATE_LIMITED: too many failed attempts (ticket binding: 5 failures in 15 minutes). HTTP 429.
 * - INVALID_ID_NUMBER: 身份证号 fails the GB 11643 checksum or its birth date is not real. HTTP 400.
 * - BINDING_MISMATCH: name and 身份证号 match no candidate of any organisation (the same answer whatever is wrong). HTTP 400.
 * - IMPORT_INVALID: an import file has bad rows; nothing was written. HTTP 400.
 * - NOTICE_INVALID: a notice document to publish fails validation (`details.problems`: row, field and message in Chinese); nothing was stored. HTTP 400.
 * - PREVIEW_EXPIRED: the preview to confirm has expired or was already used. HTTP 409.
 * - PAYLOAD_TOO_LARGE: a file or the whole event is larger than allowed. HTTP 413.
 * - UNKNOWN_ORG: no such organisation. HTTP 404.
 * - NOT_OFFERED: the organisation does not offer that occupation or track. HTTP 400.
 * - INTERNAL: something failed on the server; nothing half-written. HTTP 500 (never for anything a caller sends).
 */
export const API_ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_FUNCTION',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'INVALID_ID_NUMBER',
  'BINDING_MISMATCH',
  'IMPORT_INVALID',
  'NOTICE_INVALID',
  'PREVIEW_EXPIRED',
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_ORG',
  'NOT_OFFERED',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * The one sentence per code a person reads: the mini program shows it, and the server answers with
 * it wherever it has nothing more specific to say (a field's name, which limit was reached).
 */
export const ERROR_MESSAGES: Readonly<Record<ApiErrorCode, string>> = {
  BAD_REQUEST: '填写的内容有误，请检查后再试。',
  UNKNOWN_FUNCTION: '服务暂时无法使用，请稍后再试。',
  UNKNOWN_ACTION: '服务暂时无法使用，请稍后再试。',
  UNAUTHENTICATED: '未能确认您的身份，请重新打开小程序后再试。',
  FORBIDDEN: '您没有该机构的工作人员权限。',
  NOT_FOUND: '没有找到相关信息。',
  RATE_LIMITED: '尝试次数过多，为保护考生信息，请 15 分钟后再试。',
  INVALID_ID_NUMBER: '身份证号不正确，请核对后重新输入（末位 X 请输入字母 X）。',
  BINDING_MISMATCH: '姓名与身份证号未匹配到考生信息，请核对是否与报名时填写的一致。',
  IMPORT_INVALID: '文件中有错误，未写入任何数据。',
  NOTICE_INVALID: '通知内容有误，未发布。',
  PREVIEW_EXPIRED: '预览已过期，请重新上传。',
  PAYLOAD_TOO_LARGE: '内容过大，请缩小后再试。',
  UNKNOWN_ORG: '没有找到这个评价机构。',
  NOT_OFFERED: '该机构不开展这个职业（工种）或等级的评价。',
  INTERNAL: '服务暂时出现问题，请稍后再试。您的信息没有丢失。',
};

/** 申报开始 / 申报截止前3天 / 准考证发放 / 成绩发布 / 考期顺延 */
export const REMINDER_KINDS = ['window-opens', 'window-closing', 'ticket-released', 'results-published', 'session-rolled-over'] as const;

export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Who may call an action; the function framework enforces it before the action runs.
 * - public: anyone, anonymous included.
 * - person: any caller with an identity (openid or the runner's cookie); reads and writes only their own data.
 * - staff: staff of the organisation named by the params' `orgId`; everyone else is FORBIDDEN.
 * - timer: the platform's timer trigger alone (an event without a caller identity); any person is FORBIDDEN.
 */
export const ACCESS_LEVELS = ['public', 'person', 'staff', 'timer'] as const;

export type Access = (typeof ACCESS_LEVELS)[number];

/** How docs/api.md names each level (its 权限 section lists every action under one of these). */
export const ACCESS_LABELS: Readonly<Record<Access, string>> = {
  public: '公开',
  person: '本人',
  staff: '工作人员',
  timer: '定时任务',
};
