import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { whenBusy } from '@/lib/busy';
import { Card } from '@/components/Card';
import { useToday } from '@/hooks/useToday';
import { describeError } from '@/services/errors';
import { chineseMonth, fileSize } from '@/lib/format';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { MonthStepper } from '@/packages/staff/components/MonthStepper';
import { downloadStaffFile } from '@/services/staff';
import { Banner } from '@/packages/staff/components/Banner';

type ExportKind = 'tickets' | 'results' | 'attendance';

const EXPORTS: { kind: ExportKind; title: string; hint: string }[] = [
  { kind: 'tickets', title: '准考证名单', hint: '当月每场考试的考生、准考证号、考点、考场、座位（团体申报发给培训机构、院校）。' },
  { kind: 'results', title: '成绩', hint: '当月已发布的各科成绩。' },
  { kind: 'attendance', title: '出勤名单', hint: '当月准考证与考场签到：已到者的签到时间和方式，考试已过未签到者记为缺考。' },
];

const EXPORT_ACTIONS = { tickets: 'export.tickets', results: 'export.results', attendance: 'export.attendance' } as const;

function ExportsBody({ orgId }: { orgId: string }) {
  const today = useToday();
  const [chosenMonth, setChosenMonth] = useState<string | null>(null);
  const month = chosenMonth ?? today.slice(0, 7);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (kind: ExportKind) => {
    setBusy(kind);
    setMessage(null);
    try {
      const file = await downloadStaffFile(EXPORT_ACTIONS[kind], { orgId, month });
      setMessage({
        ok: true,
        text:
          file.rows === 0
            ? `${chineseMonth(month)}没有可导出的数据，已导出只有表头的 ${file.fileName}。`
            : `已导出 ${file.fileName}：${file.rows} 行，${fileSize(file.size)}。`,
      });
    } catch (failure) {
      setMessage({ ok: false, text: describeError(failure) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <View>
      <MonthStepper label='评价月份' month={month} onChange={(next) => { setChosenMonth(next); setMessage(null); }} />
      {EXPORTS.map((entry) => (
        <Card key={entry.kind} title={`${chineseMonth(month)} ${entry.title}`}>
          <Text className='block muted small'>{entry.hint}</Text>
          <Button className='btn btn-primary' {...whenBusy(busy !== null, busy === entry.kind)} onClick={() => run(entry.kind)}>
            导出{entry.title}（Excel）
          </Button>
        </Card>
      ))}
      <Banner ok={message?.ok} text={message?.text} />
    </View>
  );
}

export default function StaffExports() {
  return (
    <StaffFrame title='导出' section='exports'>
      {({ orgId }) => <ExportsBody key={orgId} orgId={orgId} />}
    </StaffFrame>
  );
}
