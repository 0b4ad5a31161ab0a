/**
 * A PDF's text layer, read with unpdf (PDF.js for server runtimes). unpdf is loaded by the first
 * extraction, never with the function: it is 1.7 MB of PDF.js that only notices.check and
 * notices.publish need, installed by the cloud from the admin bundle's package.json.
 */

/** Why a PDF gives no text to check quotes against; stable codes for programs. */
export type PdfTextFailure = 'PDF_UNREADABLE' | 'PDF_PASSWORD' | 'PDF_NO_TEXT' | 'PDF_TOO_LARGE';

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; code: PdfTextFailure; pages: number | null };

/** A notice with its attachments runs to a dozen pages; more than this is not a notice, and would hold the worker. */
export const MAX_PDF_PAGES = 100;
/**
 * Fewer printed characters than this in the whole file: pages that are pictures (a scan or a
 * photograph of the notice), with no text layer to find quotes in. A one-page notice prints hundreds.
 */
export const MIN_TEXT_CHARACTERS = 40;

/** What a failure means for the office, in Chinese. */
export const PDF_TEXT_MESSAGES: Record<PdfTextFailure, string> = {
  PDF_UNREADABLE: '通知 PDF 无法打开（文件已损坏或不是 PDF），请重新上传发布时的原始 PDF 文件',
  PDF_PASSWORD: '通知 PDF 设有打开密码，无法读取其中的文字，请上传未加密的 PDF',
  PDF_NO_TEXT: '通知 PDF 中没有可读取的文字（可能是扫描件或图片），请上传由原文件导出的 PDF，以便核对引用的原文',
  PDF_TOO_LARGE: `通知 PDF 过大（超过 ${String(MAX_PDF_PAGES)} 页，或读取超时），请只上传通知正文及其附件`,
};

type Unpdf = typeof import('unpdf');

/** The bundle leaves this import to Node (unpdf is external); the build lists it in admin's package.json. */
function loadUnpdf(): Promise<Unpdf> {
  return import('unpdf');
}

function failureOf(error: unknown): PdfTextFailure {
  return error instanceof Error && error.name === 'PasswordException' ? 'PDF_PASSWORD' : 'PDF_UNREADABLE';
}

/** The PDF's text, pages in order, one line per printed line; or why there is none. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy, extractText } = await loadUnpdf();
  let pdf: Awaited<ReturnType<Unpdf['getDocumentProxy']>>;
  try {
    // PDF.js takes over the buffer it is given: a copy leaves the caller's bytes intact.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    return { ok: false, code: failureOf(error), pages: null };
  }
  try {
    const pages = pdf.numPages;
    if (pages > MAX_PDF_PAGES) return { ok: false, code: 'PDF_TOO_LARGE', pages };
    const { text } = await extractText(pdf, { mergePages: true });
    if (text.replace(/\s+/g, '').length < MIN_TEXT_CHARACTERS) return { ok: false, code: 'PDF_NO_TEXT', pages };
    return { ok: true, text, pages };
  } catch (error) {
    return { ok: false, code: failureOf(error), pages: pdf.numPages };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
