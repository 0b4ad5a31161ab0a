/**
 * WeChat: the ticket drawn on an offscreen canvas and saved to the photo album, so it can
 * be shown at the venue without a network. (H5 prints instead; see TicketActions.)
 */
import Taro from '@tarojs/taro';
import type { ReleasedTicket } from '@skills/shared';
import { makeQr } from './qr';
import { chineseDate } from './format';

interface Canvas2d {
  fillStyle: string;
  font: string;
  fillRect: (x: number, y: number, w: number, h: number) => void;
  fillText: (text: string, x: number, y: number) => void;
}

export function ticketLines(ticket: ReleasedTicket): string[] {
  return [
    `准考证号：${ticket.ticketNumber}`,
    `姓名：${ticket.name}`,
    `身份证号：${ticket.maskedIdNumber}`,
    `职业（工种）：${ticket.occupationName}`,
    `等级：${ticket.trackLabel}`,
    `考试日期：${ticket.examDate ? chineseDate(ticket.examDate) : '待公布'} ${ticket.examTime}`,
    `考点：${ticket.venue.name}`,
    `地址：${ticket.venue.address}`,
    `考场：${ticket.room}  座位号：${ticket.seat}`,
  ];
}

export async function saveTicketImage(ticket: ReleasedTicket): Promise<void> {
  const width = 600;
  const lines = ticketLines(ticket);
  const qr = makeQr(ticket.code || ticket.ticketNumber);
  const cell = 6;
  const qrSize = qr.size * cell;
  const height = 120 + lines.length * 40 + qrSize + 60;
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height }) as unknown as {
    getContext: (kind: '2d') => Canvas2d;
  };
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1f2329';
  context.font = 'bold 32px sans-serif';
  context.fillText(`${ticket.orgName} 准考证`, 30, 60);
  context.font = '24px sans-serif';
  lines.forEach((line, index) => context.fillText(line, 30, 120 + index * 40));
  const top = 120 + lines.length * 40 + 10;
  const left = (width - qrSize) / 2;
  for (let row = 0; row < qr.size; row += 1) {
    for (let col = 0; col < qr.size; col += 1) {
      if (qr.isDark(row, col)) context.fillRect(left + col * cell, top + row * cell, cell, cell);
    }
  }
  const file = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as never);
  await Taro.saveImageToPhotosAlbum({ filePath: (file as { tempFilePath: string }).tempFilePath });
}
