import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { makeQr } from '../../lib/qr';

/** The signed ticket code as a QR, checked offline by the venue's staff at the door (the number alone for an unsigned ticket). */
export function TicketQr({ ticketNumber, code }: { ticketNumber: string; code?: string }) {
  const src = useMemo(() => makeQr(code || ticketNumber).dataUrl(6), [code, ticketNumber]);
  return (
    <View style={{ textAlign: 'center' }}>
      <Image className='qr' src={src} mode='scaleToFill' aria-label={`准考证号 ${ticketNumber} 的二维码`} data-testid='ticket-qr' />
      <Text className='block muted small'>入场时出示此二维码</Text>
    </View>
  );
}
