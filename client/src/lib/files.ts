/** Opening and saving a document from a short-lived URL the documents function hands out. */
import Taro from '@tarojs/taro';

/** WeChat: download to a temp file and open it in WeChat's viewer (PDF, Word, Excel). */
export async function openDocumentInWeChat(url: string, fileName: string): Promise<void> {
  const downloaded = await Taro.downloadFile({ url });
  if (downloaded.statusCode !== 200) throw new Error(`download ${downloaded.statusCode}`);
  const fileType = (fileName.split('.').pop() ?? 'pdf').toLowerCase() as 'pdf';
  await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType, showMenu: true });
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
