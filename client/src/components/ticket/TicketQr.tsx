import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { makeQr } from '../../lib/qr';

/** The ticket number as a QR code, for the venue's check-in scanner. */
export function TicketQr({ ticketNumber }: { ticketNumber: string }) {
  const src = useMemo(() => makeQr(ticketNumber).dataUrl(6), [ticketNumber]);
  return (
    <View style={{ textAlign: 'center' }}>
      <Image className='qr' src={src} mode='scaleToFill' aria-label={`准考证号 ${ticketNumber} 的二维码`} data-testid='ticket-qr' />
      <Text className='block muted small'>二维码内容：准考证号 {ticketNumber}</Text>
    </View>
  );
}
