/**
 * Files on both targets: picking a file to upload, saving a file the server sends, and
 * opening a document the documents function hands out (a storage file id and/or a
 * short-lived URL).
 * WeChat: a file from a chat (`chooseMessageFile`; a mini program cannot browse the
 * phone's storage), saved to the user data folder and opened so it can be forwarded.
 * H5: the browser's file dialog and a download.
 */
import Taro from '@tarojs/taro';
import type { DocumentDownloadData, FilePayload } from '@skills/shared';
import { base64ToBytes, bytesToBase64 } from './base64';

export type FileKind = 'sheet' | 'pdf';

export interface PickedFile {
  name: string;
  size: number;
  /** The content; empty when the file is large enough to go through storage (see uploadPicked). */
  base64: string;
  /** WeChat: the chosen file's temporary path, for wx.cloud.uploadFile. */
  path?: string;
}

/**
 * A spreadsheet larger than this goes to storage first and is passed to the server by file id:
 * a cloud function call carries at most 6 MB, base64 included.
 */
export const INLINE_MAX_BYTES = 4 * 1024 * 1024;

const EXTENSIONS: Record<FileKind, string[]> = {
  sheet: ['xlsx', 'csv'],
  pdf: ['pdf'],
};

const ACCEPT: Record<FileKind, string> = {
  sheet: '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv',
  pdf: '.pdf,application/pdf',
};

const MB = 1024 * 1024;

/**
 * Largest upload. A cloud function call carries at most 6 MB and base64 adds a third, so
 * WeChat sends larger spreadsheets through storage (uploadPicked), up to the server's 40 MB;
 * the local runner over HTTP takes them in the request.
 * Documents stop at 4 MB everywhere: the server keeps them within CloudBase's limit.
 */
export const MAX_UPLOAD_BYTES: Record<FileKind, number> = {
  sheet: process.env.TARO_ENV === 'weapp' ? 40 * MB : 30 * MB,
  pdf: 4 * MB,
};

/** Thrown for a file the console will not send; the message is for the staff member. */
export class FilePickError extends Error {}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function checkPicked(kind: FileKind, name: string, size: number): void {
  if (size === 0) throw new FilePickError('文件是空的，请重新选择。');
  if (size > MAX_UPLOAD_BYTES[kind]) {
    throw new FilePickError(`文件超过 ${MAX_UPLOAD_BYTES[kind] / MB} MB，请拆分或压缩后再上传。`);
  }
  // Spreadsheets: the server reads the content and names a wrong format itself; PDFs are checked here.
  if (kind === 'pdf' && extensionOf(name) !== 'pdf') throw new FilePickError('请选择 PDF 文件（.pdf）。');
}

function pickInBrowser(kind: FileKind): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

/** Lets the staff member choose one file; null when they cancel. */
export async function pickFile(kind: FileKind): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    let chosen: Taro.chooseMessageFile.SuccessCallbackResult;
    try {
      chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: EXTENSIONS[kind] });
    } catch {
      return null;
    }
    const file = chosen.tempFiles[0];
    if (!file) return null;
    checkPicked(kind, file.name, file.size);
    if (file.size > INLINE_MAX_BYTES) return { name: file.name, size: file.size, base64: '', path: file.path };
    const base64 = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string;
    return { name: file.name, size: file.size, base64, path: file.path };
  }
  const file = await pickInBrowser(kind);
  if (!file) return null;
  checkPicked(kind, file.name, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, base64: bytesToBase64(bytes) };
}

/**
 * Puts a picked file in the environment's storage under the folder the server reads for this
 * staff member and organisation (uploads/<orgId>/<identity>/), and returns its file id. The
 * server reads it once and removes it. Cloud is initialised by the first API call (whoami).
 */
export async function uploadPicked(file: PickedFile, orgId: string, identity: string): Promise<string> {
  const extension = extensionOf(file.name) || 'bin';
  const cloudPath = `uploads/${orgId}/${identity}/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${extension}`;
  const uploaded = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path! });
  return uploaded.fileID;
}

/** Hands a file from the server to the staff member: a download (H5) or the document viewer (WeChat). */
export async function saveFile(file: FilePayload): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`;
    Taro.getFileSystemManager().writeFileSync(filePath, file.fileBase64, 'base64');
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const blob = new Blob([base64ToBytes(file.fileBase64)], { type: file.contentType });
  const url = URL.createObjectURL(blob);
  saveFromUrl(url, file.fileName);
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A temporary file on the phone: by storage file id (CloudBase), else from the URL (the local runner). */
async function downloadInWeChat(link: Pick<DocumentDownloadData, 'url' | 'fileId'>): Promise<string> {
  if (link.fileId) {
    // By file id: no download domain to allow-list in the mini program's settings.
    const downloaded = await Taro.cloud.downloadFile({ fileID: link.fileId });
    if (downloaded.statusCode !== 200) throw new Error(`download ${downloaded.statusCode}`);
    return downloaded.tempFilePath;
  }
  const downloaded = await Taro.downloadFile({ url: link.url });
  if (downloaded.statusCode !== 200) throw new Error(`download ${downloaded.statusCode}`);
  return downloaded.tempFilePath;
}

/** WeChat: download to a temp file and open it in WeChat's viewer (PDF, Word, Excel). */
export async function openDocumentInWeChat(link: Pick<DocumentDownloadData, 'url' | 'fileId'>, fileName: string): Promise<void> {
  const filePath = await downloadInWeChat(link);
  const fileType = (fileName.split('.').pop() ?? 'pdf').toLowerCase() as 'pdf';
  await Taro.openDocument({ filePath, fileType, showMenu: true });
}

/** Browser: let the browser save the file under its published name. */
export function saveFromUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
