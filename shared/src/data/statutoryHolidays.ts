/**
 * 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (in force from 2025-01-01): the
 * holidays for all citizens and the make-up rule. A year without a State Council arrangement
 * (data/holidays.ts) is estimated from these alone, so its answers stay marked `estimated`:
 * the arrangement of each year also moves working days (调休), which no rule foretells.
 */
export const STATUTORY_BASIS = '《全国年节及纪念日放假办法》（2024年11月10日国务院令第795号修订，2025年1月1日起施行）';

/** The first year the revised rules govern. */
export const STATUTORY_FROM_YEAR = 2025;

/** How each holiday's days are found: a fixed date, or a lunar/solar-term day from data/festivals.ts. */
export type StatutoryDay =
  | { kind: 'fixed'; monthDay: string }
  | { kind: 'festival'; festival: 'chuxi' | 'qingming' | 'duanwu' | 'zhongqiu'; offset: number };

export interface StatutoryHoliday {
  name: string;
  days: StatutoryDay[];
  /** 第二条 as the regulation words the item. */
  quote: string;
}

/** 第二条 全体公民放假的节日. */
export const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = [
  { name: '元旦', days: [{ kind: 'fixed', monthDay: '01-01' }], quote: '元旦，放假1天（1月1日）' },
  {
    name: '春节',
    days: [0, 1, 2, 3].map((offset) => ({ kind: 'festival', festival: 'chuxi', offset })),
    quote: '春节，放假4天（农历除夕、正月初一至初三）',
  },
  { name: '清明节', days: [{ kind: 'festival', festival: 'qingming', offset: 0 }], quote: '清明节，放假1天（农历清明当日）' },
  {
    name: '劳动节',
    days: [
      { kind: 'fixed', monthDay: '05-01' },
      { kind: 'fixed', monthDay: '05-02' },
    ],
    quote: '劳动节，放假2天（5月1日、2日）',
  },
  { name: '端午节', days: [{ kind: 'festival', festival: 'duanwu', offset: 0 }], quote: '端午节，放假1天（农历端午当日）' },
  { name: '中秋节', days: [{ kind: 'festival', festival: 'zhongqiu', offset: 0 }], quote: '中秋节，放假1天（农历中秋当日）' },
  {
    name: '国庆节',
    days: ['10-01', '10-02', '10-03'].map((monthDay) => ({ kind: 'fixed', monthDay })),
    quote: '国庆节，放假3天（10月1日至3日）',
  },
];

/** 第六条: a holiday for all citizens on a Saturday or Sunday is made up on a working day. */
export const MAKE_UP_RULE = '全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。部分公民放假的假日，如果适逢周六、周日，则不补假。';
