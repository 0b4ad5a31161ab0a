/**
 * The State Council's holiday arrangements (国务院办公厅关于…部分节假日安排的通知),
 * one block per notice, each holiday with the arrangement as the notice announces it.
 * The announcements themselves are not kept in this repository: the wording below
 * restates each item in the notice's form, and the dates are the authority, cross-checked
 * day by day in test/workdays.test.ts against an independent source (chinese-days).
 * A new year's arrangement is an added block, never an edit of an old one.
 *
 * `holidays` are days off (including the swapped weekdays); `makeUpWorkdays` are the
 * Saturdays and Sundays that become working days (调休上班).
 */
import type { IsoDate } from '../types';

export interface HolidayPeriod {
  name: string;
  /** First and last day off, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** The item as the notice announces it (restated; the dates are what the code uses). */
  quote: string;
}

export interface HolidayArrangement {
  year: number;
  /** e.g. 国办发明电〔2024〕12号 */
  reference: string;
  title: string;
  holidays: HolidayPeriod[];
  makeUpWorkdays: IsoDate[];
}

export const HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [
  {
    year: 2025,
    reference: '国办发明电〔2024〕12号',
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', quote: '元旦：1月1日（周三）放假1天，不调休。' },
      {
        name: '春节',
        from: '2025-01-28',
        to: '2025-02-04',
        quote: '春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
      },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', quote: '清明节：4月4日（周五）至6日（周日）放假，共3天。' },
      {
        name: '劳动节',
        from: '2025-05-01',
        to: '2025-05-05',
        quote: '劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
      },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', quote: '端午节：5月31日（周六）至6月2日（周一）放假，共3天。' },
      {
        name: '国庆节、中秋节',
        from: '2025-10-01',
        to: '2025-10-08',
        quote: '国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
      },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    reference: '国办发明电〔2025〕7号',
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    holidays: [
      {
        name: '元旦',
        from: '2026-01-01',
        to: '2026-01-03',
        quote: '元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
      },
      {
        name: '春节',
        from: '2026-02-15',
        to: '2026-02-23',
        quote: '春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
      },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', quote: '清明节：4月4日（周六）至6日（周一）放假，共3天。' },
      {
        name: '劳动节',
        from: '2026-05-01',
        to: '2026-05-05',
        quote: '劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
      },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', quote: '端午节：6月19日（周五）至21日（周日）放假，共3天。' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', quote: '中秋节：9月25日（周五）至27日（周日）放假，共3天。' },
      {
        name: '国庆节',
        from: '2026-10-01',
        to: '2026-10-07',
        quote: '国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
      },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
