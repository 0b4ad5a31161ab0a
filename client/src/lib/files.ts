/** Opening and saving a document the documents function hands out (a storage file id and/or a short-lived URL). */
import Taro from '@tarojs/taro';
import type { DocumentDownloadData } from '@skills/shared';

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
  document.body.appendChild(link);
  link.click();
  link.remove();
}
