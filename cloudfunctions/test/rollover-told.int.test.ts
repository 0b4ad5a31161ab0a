/**
 * A rollover reaches the candidate (over both adapters): their ticket says where the session
 * went and why, the month they applied for still shows the moved session, and the office's
 * own ticket file, made before the rollover, still imports.
 */
import type { ImportPreviewData, SessionsListData, TicketsMineData } from '@skills/shared';
import { bulkIdNumber } from './fixtures/bulk';
import { CANDIDATE_A, STAFF_SJTU, STORE_KINDS, dataOf, makeRuntime } from './helpers';

const HEADERS = '准考证号,姓名,身份证号,职业（工种）,等级,申报方式,考试日期,考试时间,考点,考场,座位号';
const ID = bulkIdNumber(88);

describe.each(STORE_KINDS)('rollover told to the candidate (%s)', (store) => {
  it('顺延 with the reason, 待定 then the new date; the month still shows it; the old ticket file imports', async () => {
    const rt = await makeRuntime({ store });
    const session = (await rt.app.store.listSessions({ orgId: 'sjtu', occupationId: '4-04-05-05', track: 4, month: '2027-01' }))[0];
    const file = (n: string) => Buffer.from(`${HEADERS}\n${n},顺延生,${ID},人工智能训练师,四级,团体,${session.date},09:00-11:30,考点,第1考场,01\n`).toString('base64');
    const importTickets = async (fileBase64: string) => {
      const previewed = dataOf(await rt.call<ImportPreviewData>('admin', { action: 'import.preview', orgId: 'sjtu', kind: 'tickets', fileName: 't.csv', fileBase64 }, STAFF_SJTU));
      expect(previewed.problems).toEqual([]);
      return dataOf(await rt.call('admin', { action: 'import.confirm', orgId: 'sjtu', previewId: previewed.previewId }, STAFF_SJTU));
    };
    await importTickets(file('R0001'));
    dataOf(await rt.call('tickets', { action: 'bind', name: '顺延生', idNumber: ID }, CANDIDATE_A));
    dataOf(await rt.call('admin', { action: 'sessions.rollover', orgId: 'sjtu', sessionId: session.id, toMonth: '2027-03', reason: '当月申报人数不足30人' }, STAFF_SJTU));

    const [ticket] = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets;
    expect(ticket).toMatchObject({ sessionStatus: 'rolled-over', examDate: null, estimated: true, released: false });
    expect(ticket.rollovers).toEqual([expect.objectContaining({ fromMonth: '2027-01', toMonth: '2027-03', reason: '当月申报人数不足30人' })]);

    // The month the candidate applied for still lists the session, now pointing to March.
    const listed = dataOf(await rt.call<SessionsListData>('sessions', { action: 'list', orgId: 'sjtu', occupationId: '4-04-05-05', track: 4, month: '2027-01' }));
    expect(listed.sessions.find((s) => s.id === session.id)).toMatchObject({ status: 'rolled-over', month: '2027-03', date: null });

    // The office's file, with the old date, imports into the 待定 session; after staff set the date, too.
    await importTickets(file('R0002'));
    dataOf(await rt.call('admin', { action: 'sessions.upsert', orgId: 'sjtu', session: { id: session.id, occupationId: '4-04-05-05', track: 4, date: '2027-03-13', startTime: session.startTime, endTime: session.endTime, venue: session.venue, capacity: session.capacity } }, STAFF_SJTU));
    await importTickets(file('R0003'));
    const after = dataOf(await rt.call<TicketsMineData>('tickets', { action: 'mine' }, CANDIDATE_A)).tickets;
    expect(after.map((t) => t.examDate)).toEqual(['2027-03-13', '2027-03-13', '2027-03-13']);
  });
});
