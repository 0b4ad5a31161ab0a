/** QR codes of ticket numbers, drawn without a canvas so they work in WeChat, browsers and tests. */
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  size: number;
  isDark: (row: number, col: number) => boolean;
  /** A GIF data URL, `cellSize` pixels per module, a 4-module quiet zone. */
  dataUrl: (cellSize: number) => string;
}

export function makeQr(text: string): QrMatrix {
  // Type 0 picks the smallest version that fits; level M survives a creased printout.
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return {
    size: qr.getModuleCount(),
    isDark: (row, col) => qr.isDark(row, col),
    dataUrl: (cellSize) => qr.createDataURL(cellSize, cellSize * 4),
  };
}
