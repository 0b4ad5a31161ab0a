/**
 * Quotes against a notice's text as a PDF's text layer gives it: lines broken wherever the page
 * ends a line (inside a quote too), and characters named by the CJK radical that shares their
 * glyph (Chromium's printing of the Noto CJK fonts writes 人 as ⼈ U+2F08, 见 as ⻅ U+2EC5).
 */
import { normaliseNoticeText, noticeText, quoteFound } from '../src/notice';

describe('quotes in a PDF’s text', () => {
  it('a quote the page breaks across lines is found', () => {
    const text = noticeText('（一）业务受理地址: 上海市长宁区法华镇路 535 号主\n楼 216 室\n');
    expect(quoteFound(text, '业务受理地址：上海市长宁区法华镇路535号主楼216室')).toBe(true);
    expect(quoteFound(text, '业务受理地址：上海市长宁区法华镇路535号主楼217室')).toBe(false);
  });

  it('radicals read as the characters they stand for, simplified forms included', () => {
    expect(normaliseNoticeText('上海交通⼤学⾯向社会开展的⼈⼯智能训练师')).toBe('上海交通大学面向社会开展的人工智能训练师');
    expect(normaliseNoticeText('⻅附件，⻓宁区，⼾籍，⻔户，⻰')).toBe('见附件，长宁区，户籍，门户，龙');
    expect(normaliseNoticeText('〈上海市 2025 年工作指引〉')).toBe('〈上海市2025年工作指引〉');
    expect(quoteFound(noticeText('⼈⼯智能训练\n师 4、3'), '人工智能训练师')).toBe(true);
  });

  it('a radical in a quote does not match a different character', () => {
    expect(quoteFound(noticeText('人工智能训练师'), '人工智能训练帅')).toBe(false);
    expect(normaliseNoticeText('戶')).not.toBe(normaliseNoticeText('户'));
  });
});
