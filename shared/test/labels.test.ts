import { CHANNEL_LABELS, OUTCOME_LABELS, SUBJECT_LABELS, labelCode } from '../src';

describe('labels (the words of the notices and of an office’s results sheet)', () => {
  it('三、申报程序: the two channels are 团体申报 and 个人申报', () => {
    expect(CHANNEL_LABELS).toEqual({ group: '团体申报', individual: '个人申报' });
  });

  it('上海交通大学 fee table columns: 理论知识, 操作技能, 综合评审', () => {
    expect(SUBJECT_LABELS).toEqual({ theory: '理论知识', practical: '操作技能', review: '综合评审' });
  });

  it('a subject is 合格, 不合格 or 缺考', () => {
    expect(OUTCOME_LABELS).toEqual({ pass: '合格', fail: '不合格', absent: '缺考' });
  });

  it.each([
    ['合格', 'pass'],
    [' 不 合格 ', 'fail'],
    ['缺考', 'absent'],
    ['良好', null],
    ['', null],
  ])('labelCode(OUTCOME_LABELS, %j) is %j', (text, code) => {
    expect(labelCode(OUTCOME_LABELS, text)).toBe(code);
  });

  it('reads a channel cell by its full name only', () => {
    expect(labelCode(CHANNEL_LABELS, '个人申报')).toBe('individual');
    expect(labelCode(CHANNEL_LABELS, '个人')).toBeNull();
  });
});
