/**
 * The data against the published text: every quote and every piece of notice wording the
 * pages show must be found in the notice it is attributed to (shared/notices/*.txt, the two
 * notices as published, extracted from their PDFs). Only spacing and the half-width/full-width
 * form of punctuation are normalised; nothing else may differ.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { AGE_RULE, AGE_RULE_SOURCES, ANNEX1_FOOTNOTES, ANNEX1_HEADING, ELIGIBILITY_CLAUSES, KUPASI, SJTU } from '../src';
import { normaliseNoticeText as normalise, noticeText, noticeUrls, noticeWording, urlFound } from '../src/notice/wording';
import { noticeSources } from './sources';

/**
 * The notice's text in the two forms quotes are looked for in (notice/wording.ts). One artefact of
 * the page break is undone in the form without footnotes: 2-4 “累计从事本职业” ends one page and
 * the next starts “业或相关职业”, repeating 业.
 */
function published(noticeId: string): { full: string; body: string } {
  const text = noticeText(readFileSync(join(__dirname, '..', 'notices', `${noticeId}.txt`), 'utf8'));
  return { ...text, body: text.body.replace('累计从事本职业业或相关职业工作满2年', '累计从事本职业或相关职业工作满2年') };
}

describe.each([
  ['上海交通大学', SJTU.notices[0]],
  ['上海库帕思科技有限公司', KUPASI.notices[0]],
])('%s: the data says what the notice says', (_name, notice) => {
  const text = published(notice.id);

  it.each(noticeWording(notice).map((w) => [w.path.join('.'), w.text]))('%s is the notice’s wording', (_where, wording) => {
    const wanted = normalise(wording);
    expect(text.full.includes(wanted) || text.body.includes(wanted) ? wanted : `not in ${notice.id}: ${wanted}`).toBe(
      wanted,
    );
  });

  it('every source names this notice', () => {
    const sources = noticeSources(notice);
    expect(new Set(sources.map((s) => s.notice))).toEqual(new Set([notice.id]));
  });

  it('the age rule in this organisation’s own words', () => {
    const orgId = notice.id.replace(/-\d{4}$/, '');
    expect(AGE_RULE_SOURCES[orgId].notice).toBe(notice.id);
    expect(text.full).toContain(normalise(AGE_RULE_SOURCES[orgId].quote));
  });

  it('every URL is printed in the notice', () => {
    const urls = noticeUrls(notice).map((w) => w.text);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(urlFound(text, url) ? url : `not in ${notice.id}: ${url}`).toBe(url);
    }
  });

  it('every fee adds up to the total the table prints', () => {
    for (const offering of notice.offerings) {
      expect(offering.subjects.reduce((sum, s) => sum + s.amount, 0)).toBe(offering.total);
    }
  });
});

describe('附件1 (上海交通大学): each clause, its heading and its footnotes as printed', () => {
  const text = published('sjtu-2025');

  it.each(ELIGIBILITY_CLAUSES.map((c) => [c.id, c.text]))('%s %s', (_id, wording) => {
    expect(text.body.includes(normalise(wording)) ? wording : `not in sjtu-2025: ${wording}`).toBe(wording);
  });

  it('the age rule quotes 二（一）申报条件', () => {
    expect(text.full).toContain(normalise(AGE_RULE.source.quote));
  });

  it.each([ANNEX1_HEADING, ...ANNEX1_FOOTNOTES.map((f) => f.text)])('%s', (wording) => {
    expect(text.full.includes(normalise(wording)) ? wording : `not in sjtu-2025: ${wording}`).toBe(wording);
  });

  it('footnote marks sit where the PDF prints them', () => {
    const marked = Object.fromEntries(ELIGIBILITY_CLAUSES.filter((c) => c.footnotes).map((c) => [c.id, c.footnotes]));
    expect(marked).toEqual({ '5-1': ['note-2'], '4-3': ['note-3'], '3-3': ['note-2-page2'] });
    for (const note of ANNEX1_FOOTNOTES.filter((n) => n.attachedTo !== 'heading')) {
      expect(marked[note.attachedTo]).toContain(note.id);
    }
  });
});

describe('small differences between the two notices are kept', () => {
  const [sjtu] = SJTU.notices;
  const [kupasi] = KUPASI.notices;

  it('retake: sjtu by level, kupasi “申请补考有效期为两年” without levels', () => {
    expect(sjtu.retake.rules[0]).toContain('四级、三级成绩有效期均为两年，二级、一级补考有效期为三年');
    expect(kupasi.retake.rules[0]).toContain('申请补考有效期为两年');
    expect(kupasi.retake.rules[0]).not.toContain('四级');
  });

  it('lost-certificate replacement only at sjtu', () => {
    expect(sjtu.certificates.lostReplacement).toBeDefined();
    expect(kupasi.certificates.lostReplacement).toBeUndefined();
  });

  it('conduct annex titles differ', () => {
    expect(sjtu.conduct.title).toBe('职业技能等级认定考生须知');
    expect(kupasi.conduct.title).toBe('职业技能评价参评人员须知');
  });

  it('the last calendar row is worded 明年1月 at sjtu and 2026年1月 at kupasi', () => {
    expect(sjtu.calendar.lastRowWording).toBe('11月16日-12月31日 明年1月');
    expect(kupasi.calendar.lastRowWording).toBe('11月16日-12月31日 2026年1月');
    expect(published('sjtu-2025').full).toContain(normalise(sjtu.calendar.lastRowWording ?? ''));
    expect(published('kupasi-2025').full).toContain(normalise(kupasi.calendar.lastRowWording ?? ''));
  });

  it('how exam dates are announced: sjtu says so in its own words; kupasi does not say', () => {
    expect(published('sjtu-2025').full).toContain(normalise(sjtu.calendar.examDateNote));
    expect(published('kupasi-2025').full).not.toContain(normalise(kupasi.calendar.examDateNote));
    expect(kupasi.calendar.unstated).toContain(kupasi.calendar.examDateNote);
  });

  it('supervision hours: printed at sjtu, not at kupasi', () => {
    expect(sjtu.office.supervision.every((p) => p.hours === '工作日上午9:30-11:00，下午13:30-16:30')).toBe(true);
    expect(kupasi.office.supervision.some((p) => p.hours !== undefined)).toBe(false);
  });
});

describe.each([
  ['sjtu-2025', SJTU],
  ['kupasi-2025', KUPASI],
])('%s: organisation and occupations as printed', (noticeId, org) => {
  const text = published(noticeId);

  it.each([org.name, ...org.occupations.flatMap((o) => [o.name, ...(o.code ? [o.code] : [])])])('%s', (wording) => {
    expect(text.full.includes(normalise(wording)) ? wording : `not in ${noticeId}: ${wording}`).toBe(wording);
  });
});
