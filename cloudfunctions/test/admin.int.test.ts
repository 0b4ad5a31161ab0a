/** Staff console actions end to end through the admin function. */
import ExcelJS from 'exceljs';
import type { AnnouncementsListData, DocumentDownloadData, DocumentInfo, DocumentsListData, FilePayload, ImportPreviewData } from '@skills/shared';
import { makeDemoPdf } from '../src/demo/pdf';
import { CANDIDATE_A, STAFF_SJTU, codeOf, dataOf, makeRuntime } from './helpers';
import { QIAN, SUN, officeRuntime } from './fixtures/office';

const pdf = (text: string) => Buffer.from(makeDemoPdf([text])).toString('base64');

async function readXlsx(file: FilePayload): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('admin', () => {
  it('documents: replacing keeps the history and candidates get the newest', async () => {
    const rt = await makeRuntime();
    const { document: first } = dataOf(await rt.call<{ document: DocumentInfo }>('admin', { action: 'documents.upload', orgId: 'sjtu', kind: 'spec', title: '考核规范', occupationId: '4-04-05-05', fileName: 'spec.pdf', fileBase64: pdf('v1') }, STAFF_SJTU));
    const { document: second } = dataOf(await rt.call<{ document: DocumentInfo }>('admin', { action: 'documents.upload', orgId: 'sjtu', documentId: first.id, kind: 'spec', title: '考核规范（修订）', occupationId: '4-04-05-05', fileName: 'spec-2.pdf', fileBase64: pdf('v2') }, STAFF_SJTU));
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second.sha256).not.toBe(first.sha256);
    const versions = dataOf(await rt.call<DocumentsListData>('admin', { action: 'documents.versions', orgId: 'sjtu', documentId: first.id }, STAFF_SJTU));
    expect(versions.documents.map((d) => d.version)).toEqual([2, 1]);
    const listed = dataOf(await rt.call<DocumentsListData>('documents', { action: 'list', orgId: 'sjtu', occupationId: '4-04-05-05' }));
    expect(listed.documents.filter((d) => d.id === first.id)).toEqual([second]);
    const link = dataOf(await rt.call<DocumentDownloadData>('documents', { action: 'download', documentId: first.id }));
    expect(link).toMatchObject({ sha256: second.sha256, size: second.size, fileName: 'spec-2.pdf' });
  });

  it.each([
    ['not a PDF', { fileBase64: Buffer.from('hello').toString('base64') }, 'BAD_REQUEST'],
    ['an empty file', { fileBase64: '' }, 'BAD_REQUEST'],
    ['over 4 MB', { fileBase64: Buffer.alloc(5 * 1024 * 1024, 1).toString('base64') }, 'PAYLOAD_TOO_LARGE'],
    ['an occupation of another organisation', { occupationId: 'ai-data-annotation' }, 'NOT_OFFERED'],
    ['a document of another organisation to replace', { documentId: 'd_missing' }, 'NOT_FOUND'],
  ])('refuses %s', async (_desc, change, code) => {
    const rt = await makeRuntime();
    const event = { action: 'documents.upload', orgId: 'sjtu', kind: 'spec', title: 't', fileName: 'x.pdf', fileBase64: pdf('x'), ...change };
    expect(codeOf(await rt.call('admin', event, STAFF_SJTU))).toBe(code);
  });

  it('announcements: publish, edit, withdraw; candidates never see withdrawn ones', async () => {
    const rt = await makeRuntime();
    const { announcement } = dataOf(await rt.call<{ announcement: { id: string } }>('admin', { action: 'announcements.publish', orgId: 'sjtu', title: '考场调整', body: '第2考场改至主楼216室' }, STAFF_SJTU));
    dataOf(await rt.call('admin', { action: 'announcements.update', orgId: 'sjtu', announcementId: announcement.id, body: '第2考场改至主楼218室' }, STAFF_SJTU));
    let feed = dataOf(await rt.call<AnnouncementsListData>('announcements', { action: 'list', orgId: 'sjtu' }));
    expect(feed.announcements.find((a) => a.id === announcement.id)?.body).toBe('第2考场改至主楼218室');
    dataOf(await rt.call('admin', { action: 'announcements.withdraw', orgId: 'sjtu', announcementId: announcement.id }, STAFF_SJTU));
    feed = dataOf(await rt.call<AnnouncementsListData>('announcements', { action: 'list', orgId: 'sjtu' }));
    expect(feed.announcements.some((a) => a.id === announcement.id)).toBe(false);
    const staffFeed = dataOf(await rt.call<AnnouncementsListData>('admin', { action: 'announcements.list', orgId: 'sjtu' }, STAFF_SJTU));
    expect(staffFeed.announcements.find((a) => a.id === announcement.id)?.withdrawn).toBe(true);
    const audit = (await rt.store.listAudit('sjtu', 10)).map((e) => e.action);
    expect(audit).toEqual(['announcements.withdraw', 'announcements.update', 'announcements.publish']);
  });

  it('exports the month’s tickets and results as XLSX with masked ID numbers only; 补考有效期至 per “四级、三级成绩有效期均为两年”', async () => {
    const rt = await officeRuntime();
    const { file } = dataOf(await rt.call<{ file: FilePayload }>('admin', { action: 'export.tickets', orgId: 'sjtu', month: '2025-10' }, STAFF_SJTU));
    const rows = await readXlsx(file);
    expect(rows[0].slice(0, 3)).toEqual(['准考证号', '姓名', '身份证号（脱敏）']);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(['2025100901', '2025101601']);
    const released = rows.find((r) => r[0] === '2025100901')!;
    expect(released[1]).toBe('钱晓雯');
    // 310104199306140829 without the birth date and without the check digit 9.
    expect(released[2]).toBe('3101**********082*');
    expect(JSON.stringify(rows)).not.toContain(QIAN.idNumber);
    expect(JSON.stringify(rows)).not.toContain(SUN.idNumber);
    expect(file.rows).toBe(2);

    const results = await readXlsx(dataOf(await rt.call<{ file: FilePayload }>('admin', { action: 'export.results', orgId: 'sjtu', month: '2025-08' }, STAFF_SJTU)).file);
    expect(results[0].slice(5)).toEqual(['考试日期', '理论知识', '操作技能', '综合评审', '结果', '补考有效期至']);
    const row = results.find((r) => r[0] === '2025082301')!;
    expect(row[1]).toBe('周丽华');
    // Exam 2025-08-23: valid through the day before the second anniversary.
    expect(row.slice(5, 11)).toEqual(['2025-08-23', '合格', '不合格', '', '未全部合格', '2027-08-22']);
  });

  it('templates download, and read back as a file with headers and no data rows', async () => {
    const rt = await makeRuntime();
    for (const kind of ['candidates', 'tickets', 'results']) {
      const { file } = dataOf(await rt.call<{ file: FilePayload }>('admin', { action: 'templates.download', orgId: 'sjtu', kind }, STAFF_SJTU));
      expect(file.fileName).toMatch(/模板\.xlsx$/);
      const preview = await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind, fileName: file.fileName, fileBase64: file.fileBase64 }, STAFF_SJTU);
      // The template's headers are recognised and its example row skipped: a clear "no data rows".
      expect(preview).toMatchObject({ ok: false, code: 'IMPORT_INVALID', message: expect.stringContaining('没有数据行') });
    }
  });

  it('the audit log reads in Chinese: what the office calls things, never a raw kind or record id', async () => {
    const rt = await makeRuntime();
    const { file } = dataOf(await rt.call<{ file: FilePayload }>('admin', { action: 'templates.download', orgId: 'sjtu', kind: 'tickets' }, STAFF_SJTU));
    await rt.call('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: '12月准考证.xlsx', fileBase64: file.fileBase64 }, STAFF_SJTU);
    const csv = Buffer.from('姓名,身份证号,职业（工种）,等级,申报方式\n张三,11010519491231002X,人工智能训练师,四级,团体').toString('base64');
    const previewed = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'candidates', fileName: '考生.csv', fileBase64: csv }, STAFF_SJTU));
    dataOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: previewed.previewId }, STAFF_SJTU));
    const { document } = dataOf(await rt.call<{ document: DocumentInfo }>('admin', { action: 'documents.upload', orgId: 'sjtu', kind: 'handbook', title: '人工智能训练师手册', fileName: 'h.pdf', fileBase64: pdf('v1') }, STAFF_SJTU));
    const { announcement } = dataOf(await rt.call<{ announcement: { id: string } }>('admin', { action: 'announcements.publish', orgId: 'sjtu', title: '考场调整', body: '第2考场改至主楼216室' }, STAFF_SJTU));
    const { session } = dataOf(await rt.call<{ session: { id: string } }>('admin', { action: 'sessions.upsert', orgId: 'sjtu', session: { occupationId: '4-04-05-05', track: 4, date: '2027-03-13', startTime: '09:00', endTime: '11:30', venue: { name: '法华镇路校区', address: '上海市长宁区法华镇路535号' }, capacity: 60 } }, STAFF_SJTU));
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth: '2027-04', reason: '申报人数不足30人' }, STAFF_SJTU));

    const details = (await rt.store.listAudit('sjtu', 20)).filter((e) => e.actor === STAFF_SJTU.identity).map((e) => e.detail);
    const text = details.join('\n');
    expect(text).toContain('预览“考生名单”考生.csv：1/1 行无误');
    expect(text).toContain('导入“考生名单”：新增');
    expect(text).toContain('上传“人工智能训练师手册”第 1 版');
    expect(text).toContain('发布公告“考场调整”');
    expect(text).toContain('新建考期：人工智能训练师');
    expect(text).toContain('顺延至 2027-04：申报人数不足30人');
    for (const raw of ['tickets', 'candidates', 'results', document.id, announcement.id, session.id]) expect(text).not.toContain(raw);
  });

  it('whoami tells a candidate they are not staff', async () => {
    const rt = await makeRuntime();
    expect(dataOf(await rt.call('admin', { action: 'whoami' }, CANDIDATE_A))).toEqual({ identity: CANDIDATE_A.identity, staffOf: [] });
  });
});
