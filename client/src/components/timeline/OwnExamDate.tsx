import { useState } from 'react';
import { Text, View, Button } from '@tarojs/components';
import { CHANNEL_LABELS, isRulesError, type Channel, type Track } from '@skills/shared';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { useRulebook } from '@/hooks/useRulebook';
import { TextField } from '@/components/TextField';
import { EstimatedTag, Quote, WithDates } from '@/components/Card';
import { normalizeDateInput } from '@/lib/dateInput';
import { chineseDate, chineseWeekday } from '@/lib/format';
import { datesForExam, type RuledDate } from '@/lib/timeline';

interface Props {
  orgId: string;
  track: Track;
}

const CHANNELS = (['group', 'individual'] as const).map((value) => ({ value, label: CHANNEL_LABELS[value] }));

/** “My exam is on X”: the ticket, results and retake dates that follow, each with its rule. */
export function OwnExamDate({ orgId, track }: Props) {
  const book = useRulebook();
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<Channel>('individual');
  const [error, setError] = useState<string | undefined>();
  const [answer, setAnswer] = useState<{ examDate: string; dates: RuledDate[] } | null>(null);

  const submit = () => {
    const examDate = normalizeDateInput(text);
    if (!examDate) {
      setError(text.trim() === '' ? '请填写考试日期' : '考试日期格式不对，请按 2026-10-10 这样填写');
      setAnswer(null);
      return;
    }
    try {
      setAnswer({ examDate, dates: datesForExam(orgId, track, channel, examDate, book) });
      setError(undefined);
    } catch (failure) {
      setError(isRulesError(failure) ? failure.message : '无法计算，请检查考试日期');
      setAnswer(null);
    }
  };

  return (
    <View role='group' aria-label='按我的考试日期推算'>
      <Text className='block muted'>已知道考试日期（例如培训机构已告知）？填入后按通知推算以下日期。</Text>
      <TextField label='我的考试日期' name='examDate' value={text} placeholder='例如 2026-10-10' error={error} onChange={setText} onConfirm={submit} />
      <Text className='input-label'>申报方式</Text>
      <ChoiceGroup label='申报方式' options={CHANNELS} value={channel} onChange={setChannel} />
      <Button className='btn btn-primary' onClick={submit}>
        推算日期
      </Button>
      {answer ? (
        <View data-testid='own-exam-dates' aria-live='polite' style={{ marginTop: '10px' }}>
          <Text className='block strong'>
            考试日期 <WithDates text={`${chineseDate(answer.examDate)}（${chineseWeekday(answer.examDate)}）`} />
          </Text>
          {answer.dates.map((item) => (
            <View key={item.key} className='list-item' data-testid={`own-${item.key}`}>
              <Text className='block strong'>
                {item.title}：<WithDates text={`${chineseDate(item.date)}（${chineseWeekday(item.date)}）`} />
                <EstimatedTag estimated={item.estimated} />
              </Text>
              <Quote source={item.section}>{item.quote}</Quote>
            </View>
          ))}
          {answer.dates.some((item) => item.estimated) ? (
            <Text className='block muted small'>标“预计”的日期超出了已公布的通知或国务院放假安排的范围，按最近一期通知和法定节假日推算，以机构正式通知为准。</Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
