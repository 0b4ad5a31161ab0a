import { Text, View } from '@tarojs/components';
import { monthsWithoutAssessment, windowsForYear, type ApplicationWindow, type Calendar, type OrgNotice } from '@skills/shared';
import { Card, EstimatedTag, Quote } from '@/components/Card';
import { chineseMonth } from '@/lib/format';
import { useRulebook } from '@/hooks/useRulebook';

interface Props {
  orgId: string;
  notice: OrgNotice;
  today: string;
}

/** 'YYYY-MM-DD' → 'M月D日', as the notices print the table. */
function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function Row({ period, month, estimated = false }: { period: string; month: string; estimated?: boolean }) {
  return (
    <View className='table-row' role='row'>
      <Text className='table-cell nowrap' role='cell'>
        {period}
      </Text>
      <Text className='table-cell nowrap' role='cell'>
        {month}
        <EstimatedTag estimated={estimated} />
      </Text>
    </View>
  );
}

function Head() {
  return (
    <View className='table-row table-head' role='row'>
      <Text className='table-cell' role='columnheader'>
        申报时间
      </Text>
      <Text className='table-cell' role='columnheader'>
        评价时间
      </Text>
    </View>
  );
}

/** e.g. 表中没有2月评价：1月1日-2月15日申报的，对应3月评价。 Nothing when every month has a row. */
function MissingMonths({ calendar }: { calendar: Calendar }) {
  const missing = monthsWithoutAssessment(calendar);
  if (missing.length === 0) return null;
  const months = missing.map(({ month }) => `${String(month)}月`).join('、');
  const where = [...new Set(missing.map(({ next }) => `${monthDay(next.opens)}-${monthDay(next.closes)}申报的，对应${Number(next.assessmentMonth.slice(5))}月评价`))];
  return (
    <Text className='block small' data-testid='months-without-assessment'>
      表中没有{months}评价：{where.join('；')}。
    </Text>
  );
}

function EstimatedYear({ year, windows }: { year: number; windows: ApplicationWindow[] }) {
  return (
    <View role='table' aria-label={`${year}年申报及评价时间（预计）`} className='table' data-testid={`calendar-${year}`}>
      <Head />
      {windows.map((window) => (
        <Row
          key={window.opens}
          period={`${monthDay(window.opens)}-${monthDay(window.closes)}`}
          month={chineseMonth(window.assessmentMonth)}
          estimated={window.estimated}
        />
      ))}
    </View>
  );
}

/**
 * The application calendar as the notice prints it (its last row in its own words), then the
 * years it does not cover, each row marked 预计, up to the year after today.
 */
export function CalendarTable({ orgId, notice, today }: Props) {
  const book = useRulebook();
  const { calendar } = notice;
  const printed = calendar.rows.slice(0, -1);
  const [lastPeriod, lastMonth] = (calendar.lastRowWording ?? '').split(' ');
  const lastYear = Math.max(Number(today.slice(0, 4)) + 1, calendar.year + 1);
  const years = Array.from({ length: lastYear - calendar.year }, (_, i) => calendar.year + 1 + i);
  return (
    <Card title={`申报及评价时间（${calendar.year}年通知）`}>
      <View role='table' aria-label={`${calendar.year}年申报及评价时间`} className='table' data-testid={`calendar-${calendar.year}`}>
        <Head />
        {printed.map((row) => (
          <Row key={row.opens} period={`${monthDay(row.opens)}-${monthDay(row.closes)}`} month={`${Number(row.assessmentMonth.slice(5))}月`} />
        ))}
        {lastPeriod ? <Row period={lastPeriod} month={lastMonth ?? ''} /> : null}
      </View>
      <MissingMonths calendar={calendar} />
      <Quote source={`通知${calendar.source.section}`}>{calendar.notes.find((note) => note.startsWith('注：')) ?? ''}</Quote>
      {years.map((year) => (
        <View key={year} style={{ marginTop: '12px' }}>
          <Text className='block strong'>
            {year}年（预计）
          </Text>
          <Text className='block muted small'>通知尚未覆盖{year}年，以下按{calendar.year}年通知的时间表推算，以机构正式通知为准。</Text>
          <EstimatedYear year={year} windows={windowsForYear(orgId, year, book)} />
        </View>
      ))}
    </Card>
  );
}
