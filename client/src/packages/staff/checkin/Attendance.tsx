import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { AttendanceData } from '@skills/shared';
import { Card } from '@/components/Card';
import { describeError } from '@/services/errors';
import { whenBusy } from '@/lib/busy';
import { clockOf } from './doorWords';
import { downloadStaffFile, staffCall } from '@/services/staff';
import { Banner } from '@/packages/staff/components/Banner';

/** Who came and who did not (from the server, every door merged), and the results template with 缺考 filled in. */
export function Attendance({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const [data, setData] = useState<AttendanceData | null>(null);
  const [busy, setBusy] = useState<'attendance' | 'template' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = async () => {
    setBusy('attendance');
    setMessage(null);
    try {
      setData(await staffCall('attendance.session', { orgId, sessionId }));
    } catch (failure) {
      setMessage({ ok: false, text: describeError(failure) });
    } finally {
      setBusy(null);
    }
  };
  const template = async () => {
    setBusy('template');
    setMessage(null);
    try {
      const file = await downloadStaffFile('templates.results', { orgId, sessionId });
      setMessage({ ok: true, text: `已下载 ${file.fileName}（${file.rows} 行，未签到者各科已填“缺考”）。导入前请把身份证号补全。` });
    } catch (failure) {
      setMessage({ ok: false, text: describeError(failure) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title='出勤情况'>
      <Text className='block muted small'>按服务器上已同步的签到（各入口设备合并）统计；考试结束后可下载预填“缺考”的成绩模板。</Text>
      <View className='btn-row'>
        <Button className='btn btn-secondary' {...whenBusy(busy !== null, busy === 'attendance')} onClick={load}>
          查看出勤
        </Button>
        <Button className='btn btn-secondary' {...whenBusy(busy !== null, busy === 'template')} onClick={template}>
          下载成绩模板（预填缺考）
        </Button>
      </View>
      {data ? (
        <View data-testid='attendance'>
          <Text className='block strong' data-testid='attendance-counts'>
            实到 {data.present} 人，缺考 {data.absent} 人
          </Text>
          {data.rows.map((row) => (
            <Text key={row.ticketNumber} className='block small' data-testid='attendance-row'>
              {row.checkedInAt ? `✓ ${clockOf(row.checkedInAt)}` : '✗ 未到'} {row.ticketNumber} {row.name} {row.room}/{row.seat}
              {row.method === 'number' ? '（手工输入）' : ''}
            </Text>
          ))}
        </View>
      ) : null}
      <Banner ok={message?.ok} text={message?.text} />
    </Card>
  );
}
