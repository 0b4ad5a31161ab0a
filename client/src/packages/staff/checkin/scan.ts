/**
 * Reading a ticket's QR at the door. WeChat: the phone's scanner (`scanCode`, camera
 * only). Browser: the camera through BarcodeDetector where the browser has it (Chrome on
 * Android, Edge); elsewhere the page offers typing the ticket number, or a
 * keyboard-style handheld scanner typing into the same field.
 */
import Taro from '@tarojs/taro';

interface DetectedCode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedCode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorClass | null {
  if (typeof window === 'undefined') return null;
  const found = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return found && typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' ? found : null;
}

/** Whether this device can scan with its camera from the page. */
export function canScan(): boolean {
  return process.env.TARO_ENV === 'weapp' || barcodeDetector() !== null;
}

/** The scanned text, or null when staff cancel. */
export async function scanTicket(): Promise<string | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const answer = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      return answer.result;
    } catch {
      return null;
    }
  }
  const Detector = barcodeDetector();
  return Detector ? scanWithCamera(Detector) : null;
}

/** A full-screen camera view over the page until a QR is read or 取消 is tapped. */
async function scanWithCamera(Detector: BarcodeDetectorClass): Promise<string | null> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  const overlay = document.createElement('div');
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-label', '扫描准考证二维码');
  overlay.style.cssText = 'position:fixed;inset:0;background:#000;z-index:1000;display:flex;flex-direction:column;align-items:center;justify-content:center';
  const video = document.createElement('video');
  video.setAttribute('playsinline', 'true');
  video.muted = true;
  video.style.cssText = 'width:100%;max-height:80vh;object-fit:contain';
  video.srcObject = stream;
  const cancel = document.createElement('button');
  cancel.textContent = '取消';
  cancel.style.cssText = 'margin-top:16px;min-height:44px;padding:0 32px;font-size:1.1em';
  overlay.append(video, cancel);
  document.body.append(overlay);
  const detector = new Detector({ formats: ['qr_code'] });
  let done = false;
  const finish = () => {
    done = true;
    stream.getTracks().forEach((track) => track.stop());
    overlay.remove();
  };
  try {
    await video.play();
    return await new Promise<string | null>((resolve) => {
      cancel.onclick = () => resolve(null);
      const look = async () => {
        if (done) return;
        try {
          const codes = await detector.detect(video);
          if (codes[0]?.rawValue) return resolve(codes[0].rawValue);
        } catch {
          // A frame that cannot be read yet: look again.
        }
        setTimeout(look, 200);
      };
      void look();
    });
  } finally {
    finish();
  }
}
