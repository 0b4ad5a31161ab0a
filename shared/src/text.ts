/**
 * Text people type into the product (titles, bodies, reasons, file names, names, cells): kept
 * only when it holds nothing that can hide or reorder what others read, and stored normalised.
 */

/** C0 controls other than tab and line breaks, DEL, and C1 controls: matching them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Tab and line breaks: allowed only where the text has lines (an announcement's body). */
const LINE_CONTROL = /[\t\r\n]/;
/** Bidirectional overrides, embeddings, isolates and marks: they reorder what is shown (RLO). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** A surrogate without its pair: not text at all, and stored it breaks JSON and UTF-8 elsewhere. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGE = '含有不允许的字符（控制字符、文字方向控制符或无效字符），请删除后重试';

/** True when the text may be stored: no control characters (line breaks only when multiline), no bidi controls, no lone surrogates. */
export function isSafeText(text: string, multiline = false): boolean {
  if (CONTROL.test(text) || BIDI.test(text) || LONE_SURROGATE.test(text)) return false;
  return multiline || !LINE_CONTROL.test(text);
}

/** NFC (one form for the same characters) and, in multi-line text, line breaks as \n. */
export function normaliseField(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}
