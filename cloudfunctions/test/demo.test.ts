/** The demo candidates the client's end-to-end tests bind with, and what the seed gives each. */
import { parseIdNumber } from '@skills/shared';
import type { ResultsMineData, TicketsMineData } from '@skills/shared';
import { DEMO_CANDIDATES, DEMO_KUPASI, DEMO_PENDING, DEMO_RELEASED, DEMO_RESULTS, DEMO_UNKNOWN_ID_NUMBER } from '../src/demo/candidates';
import { makeDemoPdf } from '../src/demo/pdf';
import { seedDemo, secondSaturday } from '../src/demo/seed';
import { codeOf, dataOf, makeRuntime } from './helpers';

describe('demo data', () => {
  it('every demo ID number passes the checksum and they are all different', () => {
    for (const c of [...DEMO_CANDIDATES.map((d) => d.idNumber), DEMO_UNKNOWN_ID_NUMBER]) expect(() => parseIdNumber(c)).not.toThrow();
    expect(new Set(DEMO_CANDIDATES.map((c) => c.idNumber)).size).toBe(DEMO_CANDIDATES.length);
  });

  it.each([
    [DEMO_RELEASED, true],
    [DEMO_PENDING, false],
    [DEMO_KUPASI, true],
  ] as const)('$name: ticket released = %s', async (candidate, released) => {
    const rt = await makeRuntime();
    const caller = { identity: `demo-${candidate.key}` };
    dataOf(await rt.call('tickets', { action: 'bind', name: candidate.name, idNumber: candidate.idNumber }, caller));
    const { tickets } = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, caller));
    expect(tickets.map((t) => [t.released, t.demo, t.orgId])).toEqual([[released, true, candidate.orgId]]);
  });

  it('the results candidate has a failed subject with a retake deadline', async () => {
    const rt = await makeRuntime();
    const caller = { identity: 'demo-results' };
    dataOf(await rt.call('tickets', { action: 'bind', name: DEMO_RESULTS.name, idNumber: DEMO_RESULTS.idNumber }, caller));
    const [result] = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, caller)).results;
    expect(result.published && result.subjects.some((s) => s.outcome === 'fail' && s.retakeValidUntil)).toBe(true);
  });

  it('the unknown ID binds to nobody', async () => {
    const rt = await makeRuntime();
    expect(codeOf(await rt.call('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_UNKNOWN_ID_NUMBER }, { identity: 'x-person' }))).toBe('BINDING_MISMATCH');
  });

  it('seeds once, with sessions for the coming months, documents and announcements labelled 演示', async () => {
    const rt = await makeRuntime();
    expect(await seedDemo(rt.app)).toEqual({ seeded: false });
    for (const orgId of ['sjtu', 'kupasi']) {
      const sessions = await rt.store.listSessions({ orgId });
      expect(new Set(sessions.map((s) => s.month)).size).toBeGreaterThanOrEqual(3);
      const docs = await rt.store.listDocuments(orgId);
      expect(docs.length).toBeGreaterThan(0);
      expect(docs.every((d) => d.demo && d.title.includes('演示'))).toBe(true);
      const feed = await rt.store.listAnnouncements(orgId, false);
      expect(feed.every((a) => a.demo && a.title.includes('演示'))).toBe(true);
    }
  });

  it('generated PDFs are well formed: header, xref offsets that point at objects, trailer', () => {
    const text = Buffer.from(makeDemoPdf(['hello (world)', '中文'])).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, index) => expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true));
    expect(offsets).toHaveLength(5);
  });

  it.each([
    ['2026-12', '2026-12-12'],
    ['2027-01', '2027-01-09'],
    ['2027-05', '2027-05-08'],
    ['2025-11', '2025-11-08'], // the 1st is a Saturday
    ['2026-02', '2026-02-14'], // the 1st is a Sunday
  ])('second Saturday of %s is %s', (month, date) => {
    expect(secondSaturday(month)).toBe(date);
    expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(6);
  });
});
