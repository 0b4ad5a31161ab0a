/**
 * Results only for exams that were held (the session exists, has a date, and that date is today
 * or earlier), over both adapters; a refused file sends no 成绩已发布 reminder; a held session
 * cannot be rolled over, so a published result keeps its exam date.
 */
import type { ImportPreviewData, ResultsMineData, Session } from '@skills/shared';
import { sweep } from '../src/core/reminders';
import { bulkIdNumber } from './fixtures/bulk';
import { CANDIDATE_A, STAFF_SJTU, STORE_KINDS, codeOf, dataOf, makeRuntime, type TestRuntime } from './helpers';

const TICKET_HEADERS = '准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号';
const RESULT_HEADERS = '准考证号,姓名,身份证号,职业（工种）,等级,考试日期,理论知识,操作技能,综合评审,阅卷或工件检测';
const ID = bulkIdNumber(77);

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

async function importFile(rt: TestRuntime, kind: string, text: string): Promise<ImportPreviewData> {
  const previewed = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind, fileName: 'f.csv', fileBase64: base64(text) }, STAFF_SJTU));
  if (previewed.previewId) dataOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: previewed.previewId }, STAFF_SJTU));
  return previewed;
}

/** A session staff set up on a date of their choosing. */
async function sessionOn(rt: TestRuntime, date: string): Promise<Session> {
  const session = { occupationId: '4-04-05-05', track: 4, date, startTime: '09:00', endTime: '11:30', venue: { name: '考点', address: '考点' }, capacity: 40 };
  return dataOf(await rt.call<{ session: Session }>('admin', { action: 'sessions.upsert', orgId: 'sjtu', session }, STAFF_SJTU)).session;
}

async function sessionIn(rt: TestRuntime, month: string) {
  return (await rt.app.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4, month }))[0];
}

describe.each(STORE_KINDS)('results only for held exams (%s)', (store) => {
  it('a results file for a future exam is refused, writes nothing and sends no 成绩已发布', async () => {
    const rt = await makeRuntime({ store });
    const session = await sessionIn(rt, '2027-01');
    await importFile(rt, 'tickets', `${TICKET_HEADERS}\nF0001,未考,${ID},人工智能训练师,四级,个人,${session.date},09:00-11:30,考点,第1考场,01\n`);
    dataOf(await rt.call('tickets', { action: 'bind', name: '未考', idNumber: ID }, CANDIDATE_A));
    dataOf(await rt.call('subscriptions', { action: 'subscribe', orgId: 'sjtu', kinds: ['results-published'] }, CANDIDATE_A));

    const refused = await importFile(rt, 'results', `${RESULT_HEADERS}\nF0001,未考,${ID},人工智能训练师,四级,${session.date},合格,不合格,,否\n`);
    expect(refused.previewId).toBeNull();
    expect(refused.problems).toEqual([expect.objectContaining({ row: 2, code: 'EXAM_NOT_HELD', message: `考试日期 ${session.date} 尚未到来，考试举行后才能导入成绩` })]);
    const mine = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, CANDIDATE_A));
    expect(mine.results.map((r) => r.published)).toEqual([false]);
    await sweep(rt.app);
    expect((await rt.app.store.listOutbox('sjtu', 50)).filter((m) => m.kind === 'results-published')).toEqual([]);
  });

  it('the results template as downloaded (masked 身份证号, 缺考 for who did not come) imports once the office fills in the outcomes', async () => {
    const rt = await makeRuntime({ store, today: '2027-01-20' });
    const held = await sessionOn(rt, '2027-01-09');
    const other = bulkIdNumber(78);
    await importFile(
      rt,
      'tickets',
      `${TICKET_HEADERS}\nM0001,来了,${ID},人工智能训练师,四级,个人,${held.date},09:00-11:30,考点,第1考场,01\nM0002,没来,${other},人工智能训练师,四级,个人,${held.date},09:00-11:30,考点,第1考场,02\n`,
    );
    const template = dataOf(await rt.call<{ file: { fileBase64: string; fileName: string } }>('admin', { action: 'templates.results', orgId: 'sjtu', sessionId: held.id }, STAFF_SJTU)).file;
    const { readTable } = await import('../src/spreadsheet');
    const rows = (await readTable(new Uint8Array(Buffer.from(template.fileBase64, 'base64')), template.fileName, 'results')).rows.map((r) => r.cells);
    // The template prints masks only, e.g. 3101**********123* (the check digit masked too).
    expect(rows.map((r) => r['身份证号'])).toEqual([`${ID.slice(0, 4)}**********${ID.slice(14, 17)}*`, `${other.slice(0, 4)}**********${other.slice(14, 17)}*`]);
    const line = (r: Record<string, string>, theory: string, practical: string) =>
      [r['准考证号'], r['姓名'], r['身份证号'], r['职业（工种）'], r['等级'], r['考试日期'], theory, practical, '', '否'].join(',');
    const file = (second: Record<string, string>) => `${RESULT_HEADERS}\n${line(rows[0], '合格', '不合格')}\n${line(second, '缺考', '缺考')}\n`;
    const filled = file(rows[1]);
    const published = await importFile(rt, 'results', filled);
    expect(published.problems).toEqual([]);
    expect(published.changes).toEqual({ added: 2, updated: 0, unchanged: 0 });

    // A mask or a name that is not the ticket's candidate's is refused, as a full number would be.
    const wrongMask = file({ ...rows[1], 身份证号: `${other.slice(0, 4)}**********999*` });
    expect((await importFile(rt, 'results', wrongMask)).problems).toEqual([expect.objectContaining({ row: 3, column: '身份证号', code: 'NAME_MISMATCH' })]);
    const wrongName = file({ ...rows[1], 姓名: '别人' });
    expect((await importFile(rt, 'results', wrongName)).problems).toEqual([expect.objectContaining({ row: 3, column: '姓名', code: 'NAME_MISMATCH' })]);
    // Only results take a mask: a tickets file introduces the person, so it needs the full number.
    const maskedTicket = await importFile(rt, 'tickets', `${TICKET_HEADERS}\nM0003,没来,${rows[1]['身份证号']},人工智能训练师,四级,个人,${held.date},09:00-11:30,考点,第1考场,03\n`);
    expect(maskedTicket.previewId).toBeNull();
    expect(maskedTicket.problems).toEqual([expect.objectContaining({ row: 2, column: '身份证号', code: 'BAD_ID_NUMBER' })]);
    // A mask names nobody without its ticket: an unknown ticket number is reported as such.
    const unknown = file({ ...rows[1], 准考证号: 'M0099' });
    expect((await importFile(rt, 'results', unknown)).problems).toEqual([expect.objectContaining({ row: 3, code: 'UNKNOWN_TICKET' })]);
  });

  it('a session rolled over to 待定 takes no results; a held session cannot be rolled over, so its results stay', async () => {
    const rt = await makeRuntime({ store, today: '2027-01-20' });
    const held = await sessionOn(rt, '2027-01-09');
    const later = await sessionOn(rt, '2027-02-20');
    await importFile(
      rt,
      'tickets',
      `${TICKET_HEADERS}\nH0001,已考,${ID},人工智能训练师,四级,个人,${held.date},09:00-11:30,考点,第1考场,01\nH0002,已考,${ID},人工智能训练师,四级,个人,${later.date},09:00-11:30,考点,第1考场,01\n`,
    );
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: later.id, toMonth: '2027-03', reason: '报名人数不足30人' }, STAFF_SJTU));
    const pending = await importFile(rt, 'results', `${RESULT_HEADERS}\nH0002,已考,${ID},人工智能训练师,四级,${later.date},合格,合格,,否\n`);
    expect(pending.problems.map((p) => p.code)).toEqual(['EXAM_NOT_HELD']);

    const published = await importFile(rt, 'results', `${RESULT_HEADERS}\nH0001,已考,${ID},人工智能训练师,四级,${held.date},合格,不合格,,否\n`);
    expect(published.problems).toEqual([]);
    const rollover = await rt.call<{ session: Session }>('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: held.id, toMonth: '2027-03', reason: '补考' }, STAFF_SJTU);
    expect(rollover).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: '该场次已经举行，不能顺延' });
    dataOf(await rt.call('tickets', { action: 'bind', name: '已考', idNumber: ID }, CANDIDATE_A));
    const mine = dataOf(await rt.call<ResultsMineData>('results', { action: 'mine' }, CANDIDATE_A));
    expect(mine.results.filter((r) => r.published).map((r) => r.examDate)).toEqual([held.date]);
    expect(codeOf(rollover)).toBe('BAD_REQUEST');
  });
});
