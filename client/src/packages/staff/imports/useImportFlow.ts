import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ImportConfirmData, ImportKind, ImportPreviewData } from '@skills/shared';
import { fileSize } from '@/lib/format';
import { FilePickError, pickFile, uploadPicked } from '@/lib/files';
import { describeError, isApiError } from '@/services/errors';
import { confirmImport, downloadStaffFile, staffCall } from '@/services/staff';

/** Where an import stands: nothing chosen, reading the file, previewed, being written, written. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; preview: ImportPreviewData }
  | { step: 'confirming'; preview: ImportPreviewData; progress?: ImportConfirmData['progress'] }
  | { step: 'done'; result: ImportConfirmData; fileName: string };

export interface ImportFlow {
  kind: ImportKind;
  step: ImportStep;
  /** What went wrong last, in words for staff. */
  error: string | null;
  downloading: boolean;
  /** Reading or writing: the file buttons wait. */
  busy: boolean;
  /** The preview on screen (also while it is being written). */
  preview: ImportPreviewData | null;
  chooseKind: (kind: ImportKind) => void;
  downloadTemplate: () => Promise<void>;
  chooseFile: () => Promise<void>;
  confirm: (preview: ImportPreviewData) => Promise<void>;
  discard: () => void;
}

/**
 * An import from template to written rows: pick a file, preview it on the server (nothing is
 * written), then confirm. The page only shows the step this hook is at.
 */
export function useImportFlow(orgId: string, identity: string): ImportFlow {
  const [kind, setKind] = useState<ImportKind>('tickets');
  const [step, setStep] = useState<ImportStep>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  const chooseKind = (next: ImportKind) => {
    setKind(next);
    setStep({ step: 'idle' });
    setError(null);
  };

  const downloadTemplate = async () => {
    setDownloading(true);
    setError(null);
    try {
      await downloadStaffFile('templates.download', { orgId, kind });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setDownloading(false);
    }
  };

  const chooseFile = async () => {
    setError(null);
    let picked;
    try {
      picked = await pickFile('sheet');
    } catch (failure) {
      setError(failure instanceof FilePickError ? failure.message : '读取文件失败，请重新选择。');
      return;
    }
    if (!picked) return;
    setStep({ step: 'reading', fileName: picked.name });
    try {
      // A large file from WeChat goes to storage first; the call carries only its id.
      const source = picked.base64 ? { fileBase64: picked.base64 } : { fileId: await uploadPicked(picked, orgId, identity) };
      const preview = await staffCall('import.preview', { orgId, kind, fileName: picked.name, ...source });
      setStep({ step: 'preview', preview });
    } catch (failure) {
      setStep({ step: 'idle' });
      setError(`${picked.name}（${fileSize(picked.size)}）：${describeError(failure)}`);
    }
  };

  const confirm = async (preview: ImportPreviewData) => {
    const { previewId } = preview;
    if (!previewId) return;
    setStep({ step: 'confirming', preview });
    setError(null);
    try {
      const result = await confirmImport(orgId, previewId, (progress) => setStep({ step: 'confirming', preview, progress }));
      setStep({ step: 'done', result, fileName: preview.fileName });
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'PREVIEW_EXPIRED') {
        setStep({ step: 'idle' });
        setError('预览已过期或已确认过，未写入任何数据。请重新选择文件。');
      } else {
        setStep({ step: 'preview', preview });
        // An interrupted import resumes where it stopped: confirming again writes nothing twice.
        setError(`${describeError(failure)} 请再次点击确认导入，已写入的行不会重复写入。`);
      }
    }
  };

  // On a phone the preview opens below the fold: bring it into view once it arrives.
  const previewShown = step.step === 'preview';
  useEffect(() => {
    if (!previewShown) return;
    Promise.resolve()
      .then(() => Taro.pageScrollTo({ selector: '#import-preview', duration: 300 }))
      .catch(() => undefined);
  }, [previewShown]);

  return {
    kind,
    step,
    error,
    downloading,
    busy: step.step === 'reading' || step.step === 'confirming',
    preview: step.step === 'preview' || step.step === 'confirming' ? step.preview : null,
    chooseKind,
    downloadTemplate,
    chooseFile,
    confirm,
    discard: () => setStep({ step: 'idle' }),
  };
}
