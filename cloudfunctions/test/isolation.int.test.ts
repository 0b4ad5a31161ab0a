/**
 * People per organisation, over both adapters: what one organisation imports, previews or
 * exports neither reveals nor changes another's candidates, and the candidate's own binding
 * still joins their records at both.
 */
import type { AuditEntry, FilePayload, ImportPreviewData, TicketsMineData } from '@skills/shared';
import ExcelJS from 'exceljs';
import { bulkIdNumber } from './fixtures/bulk';
import { CANDIDATE_A, STAFF_KUPASI, STAFF_SJTU, STORE_KINDS, dataOf, makeRuntime, type TestRuntime } from './helpers';
import type { Caller } from '../src/core/app';

const CANDIDATE_HEADERS = ['姓名', '身份证号', '职业（工种）', '等级', '申报方式'];
const SJTU_ROW = (name: string, id: string) => [name, id, '人工智能训练师', '四级', '团体'];
const KUPASI_ROW = (name: string, id: string) => [name, id, '人工智能数据标注', '专项职业能力', '个人'];

function csv(rows: string[][]): string {
  return Buffer.from([CANDIDATE_HEADERS, ...rows].map((r) => r.join(',')).join('\n')).toString('base64');
}

async function preview(rt: TestRuntime, orgId: string, staff: Caller, rows: string[][]) {
  return dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId, kind: 'candidates', fileName: 'c.csv', fileBase64: csv(rows) }, staff));
}

async function importRows(rt: TestRuntime, orgId: string, staff: Caller, rows: string[][]) {
  const previewed = await preview(rt, orgId, staff, rows);
  expect(previewed.problems).toEqual([]);
  return dataOf(await rt.call('admin', { action: 'import.confirm', orgId, previewId: previewed.previewId }, staff));
}

async function exportedNames(rt: TestRuntime, orgId: string, staff: Caller, month: string): Promise<string[]> {
  const { file } = dataOf(await rt.call<{ file: FilePayload }>('admin', { action: 'export.tickets', orgId, month }, staff));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
  const names: string[] = [];
  workbook.worksheets[0].eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(2).value));
  });
  return names;
}

describe.each(STORE_KINDS)('people per organisation (%s)', (store) => {
  const victimId = bulkIdNumber(41);
  const strangerId = bulkIdNumber(42);

  it('a cross-organisation preview tells nothing: a number known elsewhere answers exactly as an unknown one', async () => {
    const rt = await makeRuntime({ store });
    await importRows(rt, 'sjtu', STAFF_SJTU, [SJTU_ROW('文婕英', victimId)]);
    const auditBefore = dataOf(await rt.call<{ entries: AuditEntry[] }>('admin', { action: 'audit.list', orgId: 'sjtu' }, STAFF_SJTU)).entries;

    const known = await preview(rt, 'kupasi', STAFF_KUPASI, [KUPASI_ROW('张冒名', victimId)]);
    const unknown = await preview(rt, 'kupasi', STAFF_KUPASI, [KUPASI_ROW('张冒名', strangerId)]);
    expect(known.problems).toEqual([]);
    expect({ ...known, previewId: null, expiresAt: null, sample: [] }).toEqual({ ...unknown, previewId: null, expiresAt: null, sample: [] });
    expect(known.changes).toEqual({ added: 1, updated: 0, unchanged: 0 });
    // The victim organisation's audit log is its own: nothing was done to it.
    expect(dataOf(await rt.call<{ entries: AuditEntry[] }>('admin', { action: 'audit.list', orgId: 'sjtu' }, STAFF_SJTU)).entries).toEqual(auditBefore);
  });

  it('a cross-organisation import changes nothing of the other organisation, and one bind still shows both', async () => {
    const rt = await makeRuntime({ store });
    const session = (await rt.app.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4 })).find((s) => s.date && s.month === '2027-01')!;
    const ticketCsv = Buffer.from(
      `准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号\nI0001,文婕英,${victimId},人工智能训练师,四级,团体,${session.date},09:00-11:30,考点,第1考场,01\n`,
    ).toString('base64');
    const previewed = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64: ticketCsv }, STAFF_SJTU));
    dataOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: previewed.previewId }, STAFF_SJTU));

    // Another organisation imports the same number under another spelling, and under another name.
    await importRows(rt, 'kupasi', STAFF_KUPASI, [KUPASI_ROW('文 婕 英', victimId)]);
    expect(await exportedNames(rt, 'sjtu', STAFF_SJTU, '2027-01')).toEqual(['文婕英']);
    expect((await rt.app.store.personsByHash('sjtu', [rt.app.hashIdNumber(victimId)])).map((p) => p.name)).toEqual(['文婕英']);

    // The candidate binds once (with the name either organisation knows) and sees the ticket with sjtu's own record.
    dataOf(await rt.call('tickets', { action: 'bind', name: '文婕英', idNumber: victimId }, CANDIDATE_A));
    const mine = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A));
    expect(mine.tickets.map((t) => t.orgId)).toEqual(['sjtu']);
    expect((await rt.app.store.personsOf(rt.app.hashIdNumber(victimId))).map((p) => [p.orgId, p.name])).toEqual([['kupasi', '文 婕 英'], ['sjtu', '文婕英']]);
  });
});
