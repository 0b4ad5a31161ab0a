/**
 * The parts of a notice that change from year to year, as a form of folded sections (a phone
 * shows one at a time): version and dates, calendar, fees, tickets, contacts, office, payment,
 * occupations. Everything else is carried over from the copied notice as it is.
 */
import { useEffect, useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { CHANNEL_LABELS, type Offering, type TicketTiming } from '@skills/shared';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { TextField } from '@/components/TextField';
import { DraftField, DraftRow, DraftSection, QuoteField, useDraft } from './DraftFields';
import { feeSum, moveToYear, problemsAt, valueAt, withItem, withoutItem, yearsFrom, type DraftPath } from './draft';

const NOTICE: DraftPath = ['notice'];
const CALENDAR: DraftPath = ['notice', 'calendar'];
const OFFICE: DraftPath = ['notice', 'office'];
const PAYMENT: DraftPath = ['notice', 'payment'];

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button className='btn btn-secondary' onClick={onClick}>
      {label}
    </Button>
  );
}

/** A list of sentences (notes, rules): one field per item, each removable. */
function TextList({ label, path }: { label: string; path: DraftPath }) {
  const { draft, replace } = useDraft();
  const items = valueAt(draft, path);
  const list = Array.isArray(items) ? items : [];
  return (
    <View>
      {list.map((_, i) => (
        <DraftRow key={i} title={`${label}第${i + 1}项`} onRemove={() => replace((d) => withoutItem(d, path, i))}>
          <DraftField label={`${label}第${i + 1}项`} path={[...path, i]} kind='long' />
        </DraftRow>
      ))}
      <AddButton label={`添加${label}`} onClick={() => replace((d) => withItem(d, path, ''))} />
    </View>
  );
}

/** 适用年份: typed as text (2027 or 2027、2028), kept as the years it names. */
function CoversYears() {
  const { draft, edit, problems } = useDraft();
  const [text, setText] = useState(draft.coversYears.join('、'));
  const stored = draft.coversYears.join('、');
  // Moved to another year (or restored): show the years the draft now has.
  useEffect(() => {
    setText((typed) => (yearsFrom(typed).join('、') === stored ? typed : stored));
  }, [stored]);
  const error = problemsAt(problems, ['coversYears']).map((problem) => problem.message).join('；');
  return (
    <TextField
      label='适用年份'
      value={text}
      onChange={(value) => {
        setText(value);
        edit(['coversYears'], yearsFrom(value));
      }}
      hint='这些年份的申报时间、收费等不再标“预计”；多个年份用顿号分开'
      error={error || undefined}
    />
  );
}

function VersionPart() {
  const { draft, replace } = useDraft();
  const [year, setYear] = useState(String(draft.notice.calendar.year + 1));
  const target = Number(year);
  return (
    <DraftSection title='版本与生效日期' at={[['version'], ['effectiveFrom'], ['coversYears'], ['notice', 'title'], ['notice', 'year'], ['notice', 'publishedOn']]} testId='part-version'>
      <View className='notice-move'>
        <TextField label='改为哪一年的通知' value={year} onChange={setYear} type='number' maxlength={4} hint='时间安排表整体移到该年（日期不变），通知年份、适用年份、生效日期随之改为该年' />
        <Button
          className='btn btn-secondary'
          disabled={!(target >= 2000 && target <= 2099)}
          onClick={() => replace((d) => moveToYear(d, target))}
        >
          移到 {year} 年
        </Button>
      </View>
      <DraftField label='版本' path={['version']} kind='number' hint='每次发布加 1，已发布的版本号不能再用' />
      <DraftField label='生效日期' path={['effectiveFrom']} placeholder='YYYY-MM-DD' hint='从这一天起考生看到的答案按此版；之前的日期仍按旧版' />
      <CoversYears />
      <DraftField label='通知年份' path={[...NOTICE, 'year']} kind='number' />
      <DraftField label='通知标题' path={[...NOTICE, 'title']} kind='long' />
      <DraftField label='通知发布日期' path={[...NOTICE, 'publishedOn']} placeholder='YYYY-MM-DD（通知上印的日期，可不填）' />
    </DraftSection>
  );
}

function CalendarPart() {
  const { draft, replace } = useDraft();
  const rows = draft.notice.calendar.rows;
  const last = rows[rows.length - 1];
  return (
    <DraftSection title='申报与评价时间安排' at={[CALENDAR]} testId='part-calendar'>
      <DraftField label='时间安排表年份' path={[...CALENDAR, 'year']} kind='number' />
      {rows.map((_, i) => (
        <DraftRow key={i} title={`第${i + 1}行`} testId={`calendar-row-${i}`} onRemove={rows.length > 1 ? () => replace((d) => withoutItem(d, [...CALENDAR, 'rows'], i)) : undefined}>
          <View className='notice-cells'>
            <DraftField label='受理开始' path={[...CALENDAR, 'rows', i, 'opens']} placeholder='YYYY-MM-DD' />
            <DraftField label='受理截止' path={[...CALENDAR, 'rows', i, 'closes']} placeholder='YYYY-MM-DD' />
            <DraftField label='评价月份' path={[...CALENDAR, 'rows', i, 'assessmentMonth']} placeholder='YYYY-MM' />
          </View>
        </DraftRow>
      ))}
      <AddButton label='添加一行' onClick={() => replace((d) => withItem(d, [...CALENDAR, 'rows'], { opens: last?.closes ?? '', closes: '', assessmentMonth: '' }))} />
      <DraftField label='末行评价月份的原文' path={[...CALENDAR, 'lastRowWording']} hint='如“明年1月”，按通知表格末行照录' />
      <TextList label='表后说明' path={[...CALENDAR, 'notes']} />
      <QuoteField at={CALENDAR} />
    </DraftSection>
  );
}

/** One fee row: each subject's amount, the total, and as they are typed whether the subjects add up to it. */
function FeeRow({ offering, index }: { offering: Offering; index: number }) {
  const { draft } = useDraft();
  const at: DraftPath = [...NOTICE, 'offerings', index];
  const occupation = draft.occupations.find((entry) => entry.id === offering.occupationId)?.name ?? offering.occupationId;
  const sum = feeSum(offering);
  const adds = sum === offering.total;
  return (
    <DraftRow title={`第${index + 1}行 ${occupation} ${offering.trackLabel}`} testId={`fee-row-${index}`}>
      <View className='notice-cells'>
        {offering.subjects.map((subject, j) => (
          <DraftField key={j} label={`${subject.label}（元）`} path={[...at, 'subjects', j, 'amount']} kind='number' hint={subject.feeName} />
        ))}
        <DraftField label='合计（元）' path={[...at, 'total']} kind='number' />
      </View>
      <Text className={`block small ${adds ? 'notice-sum-ok' : 'notice-sum-no'}`} data-testid='fee-sum'>
        {offering.subjects.map((subject) => subject.label).join(' + ')} = {sum} 元{adds ? '，与合计相符' : `，与合计 ${String(offering.total)} 元不符`}
      </Text>
      <QuoteField at={at} />
    </DraftRow>
  );
}

function FeesPart() {
  const { draft } = useDraft();
  return (
    <DraftSection title='收费标准' at={[[...NOTICE, 'offerings']]} testId='part-fees'>
      {draft.notice.offerings.map((offering, i) => (
        <FeeRow key={i} offering={offering} index={i} />
      ))}
    </DraftSection>
  );
}

const TIMING_OPTIONS: { value: TicketTiming['kind']; label: string }[] = [
  { value: 'workdays-before', label: '考前 N 个工作日' },
  { value: 'days-before', label: '考前 N 天' },
];

function TicketsPart() {
  const { draft, edit } = useDraft();
  return (
    <DraftSection title='准考证发放' at={[[...NOTICE, 'tickets']]} testId='part-tickets'>
      {draft.notice.tickets.map((rule, i) => {
        const at: DraftPath = [...NOTICE, 'tickets', i];
        return (
          <DraftRow key={i} title={CHANNEL_LABELS[rule.channel]}>
            <ChoiceGroup label={`${CHANNEL_LABELS[rule.channel]}发放时间`} options={TIMING_OPTIONS} value={rule.timing.kind} onChange={(kind) => edit([...at, 'timing', 'kind'], kind)} />
            <DraftField label='N（天数）' path={[...at, 'timing', 'n']} kind='number' />
            <DraftField label='发放方式' path={[...at, 'how']} kind='long' />
            <DraftField label='下载网址' path={[...at, 'url']} placeholder='通知上印的网址（可不填）' />
            <QuoteField at={at} />
          </DraftRow>
        );
      })}
    </DraftSection>
  );
}

function PhoneList({ kind, title }: { kind: 'consultation' | 'supervision'; title: string }) {
  const { draft, replace } = useDraft();
  const path: DraftPath = [...OFFICE, kind];
  return (
    <View>
      <Text className='block strong'>{title}</Text>
      {draft.notice.office[kind].map((_, i) => (
        <DraftRow key={i} title={`${title}第${i + 1}项`} onRemove={() => replace((d) => withoutItem(d, path, i))}>
          <DraftField label='名称' path={[...path, i, 'label']} />
          <DraftField label='号码' path={[...path, i, 'number']} />
          <DraftField label='接听时间' path={[...path, i, 'hours']} placeholder='通知写明时填写' />
        </DraftRow>
      ))}
      <AddButton label={`添加${title}`} onClick={() => replace((d) => withItem(d, path, { label: '', number: '' }))} />
    </View>
  );
}

function OfficePart() {
  return (
    <DraftSection title='联系电话、地址与受理时间' at={[OFFICE]} testId='part-office'>
      <DraftField label='受理地址' path={[...OFFICE, 'address']} kind='long' />
      <DraftField label='受理时间' path={[...OFFICE, 'hours']} kind='long' />
      <PhoneList kind='consultation' title='咨询电话' />
      <PhoneList kind='supervision' title='监督电话' />
      <QuoteField at={OFFICE} />
    </DraftSection>
  );
}

const ACCOUNT_FIELDS: [string, string][] = [
  ['payee', '户名'],
  ['creditCode', '统一社会信用代码'],
  ['accountNumber', '银行账号'],
  ['bank', '开户银行'],
  ['bankAddress', '银行地址'],
  ['remark', '转账附言'],
  ['remarkNote', '附言说明'],
];

function PaymentPart() {
  const { draft } = useDraft();
  const { payment } = draft.notice;
  return (
    <DraftSection title='缴费' at={[PAYMENT]} testId='part-payment'>
      <DraftField label='缴费说明' path={[...PAYMENT, 'summary']} kind='long' />
      {payment.standard !== undefined ? <DraftField label='收费标准依据' path={[...PAYMENT, 'standard']} kind='long' /> : null}
      <TextList label='缴费规定' path={[...PAYMENT, 'rules']} />
      {payment.account
        ? ACCOUNT_FIELDS.map(([key, label]) => <DraftField key={key} label={label} path={[...PAYMENT, 'account', key]} kind={key === 'remarkNote' ? 'long' : 'text'} />)
        : null}
      <QuoteField at={PAYMENT} />
    </DraftSection>
  );
}

function OccupationsPart() {
  const { draft, replace } = useDraft();
  const remove = (i: number) =>
    replace((d) => {
      const id = d.occupations[i]?.id;
      const without = withoutItem(d, ['occupations'], i);
      // Its fee rows go with it: a fee row must name an occupation the notice offers.
      return { ...without, notice: { ...without.notice, offerings: without.notice.offerings.filter((offering) => offering.occupationId !== id) } };
    });
  return (
    <DraftSection title='开展的职业（工种）' at={[['occupations']]} testId='part-occupations'>
      <Text className='block muted small'>删除一个职业（工种）会一并删除它的收费行；新增的职业请到“收费标准”核对收费。</Text>
      {draft.occupations.map((occupation, i) => (
        <DraftRow key={i} title={occupation.name || `第${i + 1}项`} onRemove={draft.occupations.length > 1 ? () => remove(i) : undefined}>
          <DraftField label='名称' path={['occupations', i, 'name']} />
          <DraftField label='职业编码' path={['occupations', i, 'code']} placeholder='专项职业能力无编码，可不填' />
          <DraftField label='编号' path={['occupations', i, 'id']} hint='系统内部编号，已有职业请勿修改' />
        </DraftRow>
      ))}
      <AddButton
        label='添加职业（工种）'
        onClick={() =>
          replace((d) => {
            const id = `occupation-${d.occupations.length + 1}`;
            const withOccupation = withItem(d, ['occupations'], { id, name: '', minimumSchooling: { known: false, lookUpAt: '' } });
            const template = d.notice.offerings[0];
            return template ? withItem(withOccupation, [...NOTICE, 'offerings'], { ...template, occupationId: id, trackLabel: '', total: 0, subjects: template.subjects.map((s) => ({ ...s, amount: 0 })) }) : withOccupation;
          })
        }
      />
    </DraftSection>
  );
}

/** The whole form, in the order an office reads its new notice. */
export function NoticeForm() {
  return (
    <View>
      <VersionPart />
      <CalendarPart />
      <FeesPart />
      <TicketsPart />
      <OfficePart />
      <PaymentPart />
      <OccupationsPart />
    </View>
  );
}
