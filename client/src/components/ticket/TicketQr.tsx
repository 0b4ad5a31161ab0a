import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { makeQr } from '@/lib/qr';

/**
 * The ticket's QR: the signed ticket code (organisation, ticket number, exam date, room and seat,
 * signed with the organisation's key) that the venue's staff check offline at the door.
 */
export function TicketQr({ ticketNumber, code }: { ticketNumber: string; code: string }) {
  const src = useMemo(() => makeQr(code).dataUrl(6), [code]);
  const alt = `二维码，内容为准考证号 ${ticketNumber}、考试日期、考场和座位，带评价机构签名`;
  const line = `二维码内容：准考证号 ${ticketNumber}、考试日期、考场和座位，带评价机构签名，供考场签到核对`;
  return (
    <View style={{ textAlign: 'center' }}>
      <Image
        className='qr'
        src={src}
        mode='scaleToFill'
        aria-label={alt}
        {...(process.env.TARO_ENV === 'h5' ? { nativeProps: { alt } } : {})}
        data-testid='ticket-qr'
      />
      <Text className='block muted small'>{line}</Text>
    </View>
  );
}
