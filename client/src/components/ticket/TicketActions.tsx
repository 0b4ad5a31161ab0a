import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReleasedTicket } from '@skills/shared';
import { openMap } from '@/lib/device';
import { saveTicketImage } from '@/lib/ticketImage';

/** Map, and keep a copy: an image in the album (WeChat) or a printout/PDF (browser). */
export function TicketActions({ ticket }: { ticket: ReleasedTicket }) {
  const save = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      try {
        await saveTicketImage(ticket);
        Taro.showToast({ title: '已保存到相册', icon: 'success' });
      } catch {
        Taro.showToast({ title: '保存失败，请允许保存到相册后重试', icon: 'none' });
      }
    } else {
      window.print();
    }
  };
  return (
    <View className='btn-row no-print'>
      <Button className='btn btn-secondary' onClick={() => openMap(ticket.venue)}>
        {ticket.venue.latitude === undefined ? '复制考点地址' : '查看考点地图'}
      </Button>
      <Button className='btn btn-primary' onClick={save}>
        {process.env.TARO_ENV === 'weapp' ? '保存为图片' : '打印 / 另存为 PDF'}
      </Button>
    </View>
  );
}
