import { excelSerialToDate, headerKey, normaliseText, parseTypedDate } from '../src/spreadsheet';
import { cellText } from '../src/spreadsheet/cells';

describe('excelSerialToDate: Excel date serials', () => {
  it.each([
    { desc: '序列号 1 是 1900-01-01', serial: 1, expected: '1900-01-01' },
    { desc: '序列号 59 是 1900-02-28', serial: 59, expected: '1900-02-28' },
    { desc: '序列号 60 是不存在的 1900-02-29（Lotus 遗留错误）', serial: 60, expected: undefined },
    { desc: '序列号 61 起按 1899-12-30 计：1900-03-01', serial: 61, expected: '1900-03-01' },
    { desc: '2025-01-01', serial: 45658, expected: '2025-01-01' },
    { desc: '2026-03-01', serial: 46082, expected: '2026-03-01' },
    { desc: '2026-12-05', serial: 46361, expected: '2026-12-05' },
    { desc: '带时间的序列号只取日期', serial: 46361.75, expected: '2026-12-05' },
    { desc: '浮点误差按秒取整', serial: 46360.999999999, expected: '2026-12-05' },
    { desc: '0 不是日期', serial: 0, expected: undefined },
    { desc: '负数不是日期', serial: -3, expected: undefined },
    { desc: '超过 9999-12-31 不是日期', serial: 3_000_000, expected: undefined },
    { desc: 'NaN 不是日期', serial: Number.NaN, expected: undefined },
  ])('$desc', ({ serial, expected }) => {
    expect(excelSerialToDate(serial)).toBe(expected);
  });

  it.each([
    { serial: 0, expected: '1904-01-01' },
    { serial: 44899, expected: '2026-12-05' },
  ])('1904 日期系统：$serial → $expected', ({ serial, expected }) => {
    expect(excelSerialToDate(serial, true)).toBe(expected);
  });
});

describe('parseTypedDate: dates typed as text', () => {
  it.each([
    ['2026-12-05', '2026-12-05'],
    ['2026/12/5', '2026-12-05'],
    ['2026.12.5', '2026-12-05'],
    ['2026年12月5日', '2026-12-05'],
    ['2026 年 12 月 5 日', '2026-12-05'],
    ['２０２６－１２－０５', '2026-12-05'],
    ['２０２６年１２月５日', '2026-12-05'],
    ['２０２６／１２／０５', '2026-12-05'],
    ['２０２６．１２．５', '2026-12-05'],
    ['2026－12－05', '2026-12-05'],
    ['20261205', '2026-12-05'],
    ['2026-12-05 00:00:00', '2026-12-05'],
    ['2026/12/5 9:00', '2026-12-05'],
    [' 2026-12-05\u00a0', '2026-12-05'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (text, expected) => {
    expect(parseTypedDate(text)).toBe(expected);
  });

  it.each([
    ['2026-02-30', '不存在的日期'],
    ['2025-02-29', '非闰年的 2 月 29 日'],
    ['2026-13-01', '13 月'],
    ['12/5/2026', '月/日/年 有歧义'],
    ['下周六', '文字'],
    ['', '空'],
  ])('%s（%s）原样返回，交给校验报告', (text) => {
    expect(parseTypedDate(text)).toBe(text.trim());
  });
});

describe('normaliseText', () => {
  it.each([
    { desc: '去掉首尾空格', text: '  张三  ', expected: '张三' },
    { desc: '不间断空格当作空格', text: '张三\u00a0', expected: '张三' },
    { desc: '全角空格当作空格', text: '\u3000张三\u3000', expected: '张三' },
    { desc: '零宽字符去掉', text: '张\u200b三\ufeff', expected: '张三' },
    { desc: '全角数字和字母转半角', text: '３１０１０１１９９００３０７００２Ｘ', expected: '31010119900307002X' },
    { desc: '全角括号保留（职业名称里的括号）', text: '网络与信息安全管理员（信息安全管理员）', expected: '网络与信息安全管理员（信息安全管理员）' },
    { desc: '全角数字 ０-９ 全部转半角', text: '０１２３４５６７８９', expected: '0123456789' },
    { desc: '全角大写字母 Ａ-Ｚ 转半角', text: 'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ', expected: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
    { desc: '全角小写字母 ａ-ｚ 转半角', text: 'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ', expected: 'abcdefghijklmnopqrstuvwxyz' },
    { desc: '准考证号里的全角字母和数字', text: 'ＫＰＳ－２０２５１００５－０１', expected: 'KPS－20251005－01' },
    { desc: '全角括号和标点在要转换的单元格里也保留', text: '网络与信息安全管理员（信息安全管理员）\u00a0', expected: '网络与信息安全管理员（信息安全管理员）' },
    { desc: '全角标点保留：，：；', text: '第１考场，上午：理论；下午：操作', expected: '第1考场，上午：理论；下午：操作' },
    { desc: '带圈数字保留（不做整格兼容分解）', text: '第①考场 ２号 ', expected: '第①考场 2号' },
    { desc: '半角片假名保留', text: 'ｶﾀｶﾅ１', expected: 'ｶﾀｶﾅ1' },
    { desc: '兼容汉字保留（姓名不被改写）', text: '\u3000\uf900三\u3000', expected: '\uf900三' },
  ])('$desc', ({ text, expected }) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe('cellText per column treatment', () => {
  it.each([
    { desc: '身份证号中的空格去掉，末位小写 x 转大写', cell: { kind: 'text' as const, text: '310101 19900307 002x' }, treatment: 'identifier' as const, expected: '31010119900307002X' },
    { desc: 'CSV 里的前导撇号（Excel 文本标记）去掉', cell: { kind: 'text' as const, text: "'0012" }, treatment: 'identifier' as const, expected: '0012' },
    { desc: '数字按完整位数输出', cell: { kind: 'number' as const, value: 310101199003070000 }, treatment: 'identifier' as const, expected: '310101199003070000' },
    { desc: '格式为 000000 的数字补零', cell: { kind: 'number' as const, value: 123, numFmt: '000000' }, treatment: 'plain' as const, expected: '000123' },
    { desc: '小数去掉浮点误差', cell: { kind: 'number' as const, value: 0.1 + 0.2 }, treatment: 'plain' as const, expected: '0.3' },
    { desc: '日期列中的数字按序列号转换', cell: { kind: 'number' as const, value: 46361 }, treatment: 'date' as const, expected: '2026-12-05' },
    { desc: '日期列中不是日期的数字原样输出', cell: { kind: 'number' as const, value: -1 }, treatment: 'date' as const, expected: '-1' },
    { desc: '日期单元格按 UTC 读取', cell: { kind: 'date' as const, date: new Date(Date.UTC(2026, 11, 5)) }, treatment: 'date' as const, expected: '2026-12-05' },
    { desc: '差一毫秒到零点的日期单元格取整', cell: { kind: 'date' as const, date: new Date(Date.UTC(2026, 11, 5) - 1) }, treatment: 'date' as const, expected: '2026-12-05' },
    { desc: '普通列中的时间单元格写成 时:分', cell: { kind: 'date' as const, date: new Date(Date.UTC(1899, 11, 30, 9, 0)) }, treatment: 'plain' as const, expected: '09:00' },
    { desc: '普通列中带时间的日期单元格', cell: { kind: 'date' as const, date: new Date(Date.UTC(2026, 11, 5, 13, 30)) }, treatment: 'plain' as const, expected: '2026-12-05 13:30' },
    { desc: '布尔值写成 是/否', cell: { kind: 'boolean' as const, value: true }, treatment: 'plain' as const, expected: '是' },
    { desc: '空单元格是空字符串', cell: null, treatment: 'date' as const, expected: '' },
  ])('$desc', ({ cell, treatment, expected }) => {
    expect(cellText(cell, treatment)).toBe(expected);
  });
});

describe('headerKey', () => {
  it.each([
    ['职业(工种)', '职业（工种）'],
    [' 职 业（工种） ', '职业（工种）'],
    ['职业（工种）*', '职业（工种）'],
    ['＊姓名', '姓名'],
    ['姓\u00a0名', '姓名'],
  ])('%s 与 %s 是同一列', (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });
});
