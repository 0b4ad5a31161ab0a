import type { Session } from '@skills/shared';
import { checkSessionDraft, draftFromSession, emptyDraft, type SessionDraft } from './sessionDraft';

const complete: SessionDraft = {
  occupationId: '4-04-05-05',
  track: 4,
  date: '2026-12-05',
  startTime: '09:00',
  endTime: '11:00',
  venueName: '法华镇路校区',
  venueAddress: '上海市长宁区法华镇路535号',
  capacity: '60',
};

describe('checkSessionDraft', () => {
  it('builds the upsert input from a complete draft, trimmed', () => {
    const { errors, input } = checkSessionDraft({ ...complete, venueName: ' 法华镇路校区 ', capacity: ' 60 ' });
    expect(errors).toEqual({});
    expect(input).toEqual({
      occupationId: '4-04-05-05',
      track: 4,
      date: '2026-12-05',
      startTime: '09:00',
      endTime: '11:00',
      venue: { name: '法华镇路校区', address: '上海市长宁区法华镇路535号' },
      capacity: 60,
    });
  });

  it.each([
    { desc: '日期格式不对', change: { date: '2026/12/5' }, field: 'date', message: '请按 2026-12-05 的格式填写日期' },
    { desc: '没有这一天', change: { date: '2026-02-30' }, field: 'date', message: '没有这一天，请检查日期' },
    { desc: '开始时间格式不对', change: { startTime: '9点' }, field: 'startTime', message: '请按 09:00 的格式填写开始时间' },
    { desc: '结束早于开始', change: { endTime: '08:30' }, field: 'endTime', message: '结束时间应晚于开始时间' },
    { desc: '结束等于开始', change: { endTime: '09:00' }, field: 'endTime', message: '结束时间应晚于开始时间' },
    { desc: '24:00 不是时间', change: { endTime: '24:00' }, field: 'endTime', message: '请按 11:00 的格式填写结束时间' },
    { desc: '考点名称为空', change: { venueName: '  ' }, field: 'venueName', message: '请填写考点名称' },
    { desc: '考点地址为空', change: { venueAddress: '' }, field: 'venueAddress', message: '请填写考点地址' },
    { desc: '容量为 0', change: { capacity: '0' }, field: 'capacity', message: '请填写容量（人数，正整数）' },
    { desc: '容量带小数', change: { capacity: '60.5' }, field: 'capacity', message: '请填写容量（人数，正整数）' },
    { desc: '容量过大', change: { capacity: '50000' }, field: 'capacity', message: '容量不能超过 5000 人，请检查' },
    { desc: '未选等级', change: { track: undefined }, field: 'track', message: '请选择等级' },
    { desc: '未选职业', change: { occupationId: '' }, field: 'occupationId', message: '请选择职业（工种）' },
  ])('$desc：不提交，并指出该项', ({ change, field, message }) => {
    const { errors, input } = checkSessionDraft({ ...complete, ...change } as SessionDraft);
    expect(input).toBeUndefined();
    expect(errors).toEqual({ [field]: message });
  });

  it('keeps the id and map coordinates of the session being edited', () => {
    const session: Session = {
      id: 's_1',
      orgId: 'sjtu',
      occupationId: '4-04-05-05',
      occupationName: '人工智能训练师',
      track: 4,
      trackLabel: '中级（四级）',
      month: '2026-12',
      date: '2026-12-05',
      startTime: '09:00',
      endTime: '11:00',
      venue: { name: '法华镇路校区', address: '上海市长宁区法华镇路535号', latitude: 31.2, longitude: 121.4 },
      capacity: 60,
      status: 'scheduled',
      rollovers: [],
      demo: false,
    };
    const draft = { ...draftFromSession(session), capacity: '80' };
    const { input } = checkSessionDraft(draft, session);
    expect(input).toMatchObject({ id: 's_1', capacity: 80, venue: { latitude: 31.2, longitude: 121.4 } });
  });

  it('does not change the draft it checks', () => {
    const draft = emptyDraft('4-04-05-05', 4);
    const copy = { ...draft };
    checkSessionDraft(draft);
    expect(draft).toEqual(copy);
  });
});
