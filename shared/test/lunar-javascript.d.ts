/** The part of lunar-javascript (no types of its own) the festival table is checked with. */
declare module 'lunar-javascript' {
  interface Solar {
    toYmd(): string;
    next(days: number): Solar;
  }
  interface LunarDay {
    getSolar(): Solar;
    getJieQiTable(): Record<string, Solar>;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): LunarDay };
}
