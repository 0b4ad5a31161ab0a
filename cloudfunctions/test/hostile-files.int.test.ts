/**
 * Hostile spreadsheets are refused quickly with a Chinese message, and reading any import
 * file happens off the request path: the server answers /healthz while it is being read.
 */
import type http from 'node:http';
import type { ImportPreviewData } from '@skills/shared';
import { MAX_SHARED_STRINGS, readTable, writeTable } from '../src/spreadsheet';
import { hugeInlineCellXlsx, manySharedStringsXlsx } from './fixtures/hostile';
import { STAFF_SJTU, TEST_SECRETS, dataOf, listen, makeRuntime, type TestRuntime } from './helpers';
import { signIdentity, COOKIE_NAME } from '../src/server/cookies';

describe('hostile spreadsheets', () => {
  it('one huge inline cell (a 67 KB file) is refused as too large', async () => {
    const file = await hugeInlineCellXlsx();
    expect(file.length).toBeLessThan(100 * 1024);
    await expect(readTable(file, 'h.xlsx', 'tickets')).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('32767') });
  });

  it('more shared strings than any real file has are refused', async () => {
    await expect(readTable(await manySharedStringsXlsx(MAX_SHARED_STRINGS + 1), 's.xlsx', 'tickets')).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('a 身份证号 stored as a number gets its own message in the preview', async () => {
    const rt = await makeRuntime();
    const file = await writeTable('t', ['姓名', '身份证号', '职业（工种）', '等级', '申报方式'], [['李四', 310101199003070000, '人工智能训练师', '四级', '个人']]);
    const answer = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'candidates', fileName: 'c.xlsx', fileBase64: Buffer.from(file).toString('base64') }, STAFF_SJTU));
    expect(answer.problems).toEqual([expect.objectContaining({ row: 2, column: '身份证号', code: 'BAD_ID_NUMBER', message: expect.stringContaining('以数字格式保存') })]);
  });
});

describe('reading off the request path', () => {
  let rt: TestRuntime;
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    rt = await makeRuntime();
    ({ server, base } = await listen(rt));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('/healthz answers while the hostile file is being refused', async () => {
    const file = await hugeInlineCellXlsx();
    const events: string[] = [];
    const cookie = `${COOKIE_NAME}=${signIdentity(TEST_SECRETS.cookieKey, STAFF_SJTU.identity!)}`;
    const upload = fetch(`${base}/api/admin`, {
      method: 'POST',
      headers: { cookie },
      body: JSON.stringify({ action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 'h.xlsx', fileBase64: Buffer.from(file).toString('base64') }),
    }).then(async (response) => {
      events.push('import');
      return { status: response.status, body: (await response.json()) as { code: string; details: { sheetCode: string } } };
    });
    let healthy = 0;
    while (!events.includes('import')) {
      const response = await fetch(`${base}/healthz`);
      if (response.status === 200 && !events.includes('import')) healthy += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const refused = await upload;
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { sheetCode: 'TOO_LARGE' } });
    expect(healthy).toBeGreaterThan(0);
  });
});
