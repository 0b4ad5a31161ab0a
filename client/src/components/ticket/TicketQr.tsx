import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { makeQr } from '../../lib/qr';

/** The ticket number as a QR code, for the venue's check-in scanner. */
export function TicketQr({ ticketNumber }: { ticketNumber: string }) {
  const src = useMemo(() => makeQr(ticketNumber).dataUrl(6), [ticketNumber]);
  const alt = `二维码，内容为准考证号 ${ticketNumber}`;
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
      <Text className='block muted small'>二维码内容：准考证号 {ticketNumber}</Text>
    </View>
  );
}
