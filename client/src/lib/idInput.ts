/**
 * A 身份证号 as people type or paste it: grouped with spaces or dashes, in full-width characters,
 * with a lower-case x. Reduced to its 18 characters before any check, so the length limit
 * applies to the number and not to the way it was written.
 * @example normalizeIdInput('310101 19950315 1237') // '310101199503151237'
 * @example normalizeIdInput('３１０１０１-１９９５０３１５-１２３ｘ') // '31010119950315123X'
 */
export function normalizeIdInput(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\-\u2010-\u2015\u2212]/g, '')
    .toUpperCase();
}

/** Room for a pasted number with separators; the 18 is checked after normalising. */
export const ID_INPUT_MAXLENGTH = 30;
