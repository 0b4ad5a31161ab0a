/**
 * The data against the published text: every quote and every piece of notice wording the
 * pages show must be found in the notice it is attributed to (shared/notices/*.txt, the two
 * notices as published, extracted from their PDFs). Only spacing and the half-width/full-width
 * form of punctuation are normalised; nothing else may differ.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { AGE_RULE, AGE_RULE_SOURCES, ANNEX1_FOOTNOTES, ANNEX1_HEADING, ELIGIBILITY_CLAUSES, KUPASI, SJTU, type OrgNotice } from '../src';
import { noticeSources } from './sources';

const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' };

/** Spacing and punctuation width only; plus the Markdown and footnote markers of the extraction. */
function normalise(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') // [www.osta.org.cn](http://www.osta.org.cn)
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*|^#+ /gm, '')
    .replace(/\^[①②③]/g, '')
    .replace(/[(),:;]/g, (c) => HALF_TO_FULL[c])
    .replace(/\s+/g, '');
}

/**
 * The notice's body without 附件1's footnotes, which the PDF prints between the lines of a
 * clause. One artefact of the page break is undone: 2-4 “累计从事本职业” ends one page and the
 * next starts “业或相关职业”, repeating 业.
 */
function bodyWithoutFootnotes(raw: string): string {
  const withoutFootnotes = raw
    .split('\n')
    .filter((line) => !/^\^[①②③]/.test(line.trim()) && !line.trim().startsWith('参加中国特色企业新型学徒制'))
    .join('\n');
  return normalise(withoutFootnotes).replace('累计从事本职业业或相关职业工作满2年', '累计从事本职业或相关职业工作满2年');
}

function published(noticeId: string): { full: string; body: string } {
  const raw = readFileSync(join(__dirname, '..', 'notices', `${noticeId}.txt`), 'utf8');
  return { full: normalise(raw), body: bodyWithoutFootnotes(raw) };
}

/** Every text of a notice's data that claims to be the notice's wording, labelled by where it sits. */
function noticeWording(notice: OrgNotice): [string, string][] {
  const texts: [string, string | undefined][] = [
    ['title', notice.title],
    ...notice.basis.map((b, i): [string, string] => [`basis[${i}]`, b]),
    ['eligibilityNote', notice.eligibilityNote],
    ...(notice.adjustments ?? []).map((a, i): [string, string] => [`adjustments[${i}]`, a]),
    ...(notice.declarations ?? []).map((a, i): [string, string] => [`declarations[${i}]`, a]),
    ...notice.offerings.flatMap((o): [string, string][] => [
      [`offering ${o.occupationId}:${String(o.track)} quote`, o.source.quote],
      [`offering ${o.occupationId}:${String(o.track)} label`, o.trackLabel],
      ...o.subjects.map((s): [string, string] => [`offering ${o.occupationId} ${s.subject} fee name`, s.feeName]),
    ]),
    ...notice.application.flatMap((g): [string, string | undefined][] => [
      [`application ${g.channel} quote`, g.source.quote],
      [`application ${g.channel} who`, g.who],
      [`application ${g.channel} address`, g.address],
      ...g.steps.map((s, i): [string, string] => [`application ${g.channel} step ${i}`, s]),
      ...g.materials.map((m, i): [string, string] => [`application ${g.channel} material ${i}`, m]),
    ]),
    ['payment summary', notice.payment.summary],
    ['payment standard', notice.payment.standard],
    ['payment quote', notice.payment.source.quote],
    ...notice.payment.rules.map((r, i): [string, string] => [`payment rule ${i}`, r]),
    ...Object.entries(notice.payment.account ?? {}).map(([k, v]): [string, string] => [`account ${k}`, v]),
    ...notice.calendar.notes.map((n, i): [string, string] => [`calendar note ${i}`, n]),
    ['calendar quote', notice.calendar.source.quote],
    ...notice.tickets.flatMap((t): [string, string | undefined][] => [
      [`ticket ${t.channel} how`, t.how],
      [`ticket ${t.channel} quote`, t.source.quote],
      [`ticket ${t.channel} url`, t.url],
    ]),
    ['results quote', notice.results.source.quote],
    ...notice.results.querySteps.map((s, i): [string, string] => [`results step ${i}`, s]),
    ['results also at', notice.results.alsoAt.name],
    ...notice.retake.rules.map((r, i): [string, string] => [`retake rule ${i}`, r]),
    ['retake quote', notice.retake.source.quote],
    ['certificates group', notice.certificates.group],
    ['certificates individual', notice.certificates.individual],
    ['certificates lost', notice.certificates.lostReplacement],
    ['certificates quote', notice.certificates.source.quote],
    ['office address', notice.office.address],
    ['office hours', notice.office.hours],
    ['office quote', notice.office.source.quote],
    ...[...notice.office.consultation, ...notice.office.supervision].flatMap((p): [string, string | undefined][] => [
      [`phone ${p.number}`, p.number],
      [`phone ${p.number} label`, p.label],
      [`phone ${p.number} hours`, p.hours],
    ]),
    ...notice.documents.flatMap((d): [string, string | undefined][] => [
      [`document ${d.label} label`, d.label],
      [`document ${d.label} where`, d.where],
    ]),
    ['conduct title', notice.conduct.title],
    ['conduct preamble', notice.conduct.preamble],
    ['conduct quote', notice.conduct.source.quote],
    ...notice.conduct.sections.flatMap((s): [string, string | undefined][] => [
      [`conduct ${s.id} lead`, s.lead],
      [`conduct ${s.id} penalty`, s.penalty],
      ...(s.id === '一' ? [] : s.items.map((item, i): [string, string] => [`conduct ${s.id} item ${i}`, item])),
    ]),
    ['conduct afterwards', notice.conduct.afterwards],
  ];
  return texts.filter((t): t is [string, string] => t[1] !== undefined);
}

/** Either form of a URL the notice prints (with or without the scheme, trailing slash). */
function urlForms(url: string): string[] {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return [url, bare].map(normalise);
}

describe.each([
  ['上海交通大学', SJTU.notices[0]],
  ['上海库帕思科技有限公司', KUPASI.notices[0]],
])('%s: the data says what the notice says', (_name, notice) => {
  const text = published(notice.id);

  it.each(noticeWording(notice))('%s is the notice’s wording', (_where, wording) => {
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
    const urls = [
      ...notice.documents.flatMap((d) => (d.url ? [d.url] : [])),
      ...notice.tickets.flatMap((t) => (t.url ? [t.url] : [])),
      notice.results.alsoAt.url,
    ];
    for (const url of urls) {
      expect(urlForms(url).some((form) => text.full.includes(form)) ? url : `not in ${notice.id}: ${url}`).toBe(url);
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
