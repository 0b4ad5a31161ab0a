import { whenBusy } from '../../lib/busy';
import { useState } from 'react';
import { Text, Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REMINDER_KINDS, type ReminderKind } from '@skills/shared';
import { callApi } from '../../services/api';
import { describeError } from '../../services/errors';
import { useApi } from '../../hooks/useApi';
import { SUBSCRIBE_TEMPLATE_IDS } from '../../config/subscribe';

const KIND_LABELS: Record<ReminderKind, string> = {
  'window-opens': '申报开始',
  'window-closing': '申报截止前 3 天',
  'ticket-released': '准考证发放',
  'results-published': '成绩发布',
  'session-rolled-over': '考期顺延',
};

/**
 * In WeChat each reminder needs the user's tap on WeChat's own permission sheet, per
 * template; only the kinds accepted there are recorded. In a browser, reminders are kept
 * for the organisation's console (there is no push channel).
 */
async function askWeChat(): Promise<ReminderKind[]> {
  const configured = REMINDER_KINDS.filter((kind) => SUBSCRIBE_TEMPLATE_IDS[kind]);
  if (configured.length === 0) return [...REMINDER_KINDS];
  const answer = await Taro.requestSubscribeMessage({
    tmplIds: configured.map((kind) => SUBSCRIBE_TEMPLATE_IDS[kind] as string),
    entityIds: [],
  });
  const decisions = answer as unknown as Record<string, string>;
  return configured.filter((kind) => decisions[SUBSCRIBE_TEMPLATE_IDS[kind] as string] === 'accept');
}

export function SubscribeReminders({ orgId }: { orgId: string }) {
  const current = useApi('subscriptions', 'list', { orgId });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const subscribe = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const kinds = process.env.TARO_ENV === 'weapp' ? await askWeChat() : [...REMINDER_KINDS];
      if (kinds.length === 0) {
        setMessage({ ok: false, text: '您没有允许提醒。需要时可再次点击订阅。' });
      } else {
        await callApi('subscriptions', 'subscribe', { orgId, kinds });
        setMessage({ ok: true, text: '已订阅提醒。' });
        current.reload();
      }
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    setBusy(true);
    try {
      await callApi('subscriptions', 'cancel', { orgId });
      setMessage({ ok: true, text: '已取消全部提醒。' });
      current.reload();
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  const subscribed = current.status === 'ready' ? current.data.subscriptions.map((item) => item.kind) : [];
  return (
    <View>
      <Text className='block muted'>以下时间点到来时提醒您：</Text>
      {REMINDER_KINDS.map((kind) => (
        <Text key={kind} className='block'>
          {subscribed.includes(kind) ? '✔' : '·'} {KIND_LABELS[kind]}
        </Text>
      ))}
      {current.status === 'error' && current.code !== 'UNAUTHENTICATED' ? (
        <Text className='block input-error'>{current.message}</Text>
      ) : null}
      <Button className='btn btn-primary' {...whenBusy(busy)} onClick={subscribe}>
        {subscribed.length > 0 ? '更新订阅' : '订阅提醒'}
      </Button>
      {subscribed.length > 0 ? (
        <Button className='btn btn-danger' {...whenBusy(busy)} onClick={cancel}>
          取消全部提醒
        </Button>
      ) : null}
      {message ? (
        <Text className={`block banner ${message.ok ? 'banner-ok' : 'banner-error'}`} role='status' style={{ marginTop: '8px' }}>
          {message.text}
        </Text>
      ) : null}
    </View>
  );
}
