import { whenBusy } from '@/lib/busy';
import { useState } from 'react';
import { Text, Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REMINDER_KINDS, SUBSCRIBE_REQUEST_MAX_TEMPLATES, type ReminderKind } from '@skills/shared';
import { callApi } from '@/services/api';
import { describeError } from '@/services/errors';
import { useApi } from '@/hooks/useApi';
import { SUBSCRIBE_TEMPLATE_IDS } from '@/config/subscribe';

const KIND_LABELS: Record<ReminderKind, string> = {
  'window-opens': '申报开始',
  'window-closing': '申报截止前 3 天',
  'ticket-released': '准考证发放',
  'results-published': '成绩发布',
  'session-rolled-over': '考期顺延',
};

type Message = { ok: boolean; text: string };

/** The kinds WeChat can deliver (a template id is configured), in groups WeChat asks about in one sheet. */
export function subscribeBatches(templates: Partial<Record<ReminderKind, string>> = SUBSCRIBE_TEMPLATE_IDS): ReminderKind[][] {
  const configured = REMINDER_KINDS.filter((kind) => templates[kind]);
  const batches: ReminderKind[][] = [];
  for (let start = 0; start < configured.length; start += SUBSCRIBE_REQUEST_MAX_TEMPLATES) {
    batches.push(configured.slice(start, start + SUBSCRIBE_REQUEST_MAX_TEMPLATES));
  }
  return batches;
}

/** WeChat's own permission sheet for one group of kinds; answers the kinds the user accepted. */
async function askWeChat(kinds: ReminderKind[]): Promise<ReminderKind[]> {
  const answer = await Taro.requestSubscribeMessage({
    tmplIds: kinds.map((kind) => SUBSCRIBE_TEMPLATE_IDS[kind] as string),
    entityIds: [],
  });
  const decisions = answer as unknown as Record<string, string>;
  return kinds.filter((kind) => decisions[SUBSCRIBE_TEMPLATE_IDS[kind] as string] === 'accept');
}

function labels(kinds: ReminderKind[]): string {
  return kinds.map((kind) => KIND_LABELS[kind]).join('、');
}

function Banner({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <Text className={`block banner ${message.ok ? 'banner-ok' : 'banner-error'}`} role='status' style={{ marginTop: '8px' }}>
      {message.text}
    </Text>
  );
}

/**
 * WeChat: each tap opens WeChat's sheet for at most 3 kinds (WeChat's limit per request,
 * and a request must follow a tap, so more kinds need a second button). A one-time
 * subscription lets WeChat deliver one message per acceptance, so the page says so.
 */
function WeChatReminders({ orgId }: { orgId: string }) {
  const current = useApi('subscriptions', 'list', { orgId });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const batches = subscribeBatches();

  const subscribe = async (kinds: ReminderKind[]) => {
    setBusy(true);
    setMessage(null);
    try {
      let accepted: ReminderKind[];
      try {
        accepted = await askWeChat(kinds);
      } catch {
        setMessage({ ok: false, text: '微信没有打开订阅窗口，请稍后再点一次。' });
        return;
      }
      if (accepted.length === 0) {
        setMessage({ ok: false, text: '您没有允许提醒。需要时可再次点击。' });
        return;
      }
      await callApi('subscriptions', 'subscribe', { orgId, kinds: accepted });
      setMessage({ ok: true, text: `已允许：${labels(accepted)}，各提醒一次。微信每次允许只发送一条，收到后如还需要，请再点一次。` });
      current.reload();
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

  if (batches.length === 0) {
    return (
      <Text className='block muted'>
        本小程序尚未开通微信提醒（没有配置订阅消息模板），暂时不能通过微信提醒您。可在上面每个日期旁“加入手机日历”，由手机按时提醒。
      </Text>
    );
  }
  const pending = current.status === 'ready' ? current.data.subscriptions.map((item) => item.kind) : [];
  return (
    <View>
      <Text className='block muted'>以下时间点到来时，微信会给您发一条提醒（每次允许一条）：</Text>
      {batches.flat().map((kind) => (
        <Text key={kind} className='block'>
          {pending.includes(kind) ? '✔ 待提醒' : '·'} {KIND_LABELS[kind]}
        </Text>
      ))}
      {current.status === 'error' && current.code !== 'UNAUTHENTICATED' ? (
        <Text className='block input-error'>{current.message}</Text>
      ) : null}
      {batches.map((kinds) => (
        <Button key={kinds.join()} className='btn btn-primary' {...whenBusy(busy)} onClick={() => subscribe(kinds)}>
          {batches.length > 1 ? `订阅提醒：${labels(kinds)}` : '订阅提醒'}
        </Button>
      ))}
      {pending.length > 0 ? (
        <Button className='btn btn-danger' {...whenBusy(busy)} onClick={cancel}>
          取消全部提醒
        </Button>
      ) : null}
      <Banner message={message} />
    </View>
  );
}

/** Browser: WeChat cannot deliver here; the phone's calendar can. */
function BrowserReminders({ onCalendar }: { onCalendar?: () => void }) {
  return (
    <View>
      <Text className='block muted'>
        浏览器里收不到微信提醒。请把各时间点存进手机日历，由日历按时提醒；或在微信中打开本小程序订阅提醒。
      </Text>
      {onCalendar ? (
        <Button className='btn btn-secondary' onClick={onCalendar}>
          下载日历文件（.ics）
        </Button>
      ) : null}
    </View>
  );
}

export function SubscribeReminders({ orgId, onCalendar }: { orgId: string; onCalendar?: () => void }) {
  return process.env.TARO_ENV === 'weapp' ? <WeChatReminders orgId={orgId} /> : <BrowserReminders onCalendar={onCalendar} />;
}
