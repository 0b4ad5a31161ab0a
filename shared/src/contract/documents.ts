/** documents: handbooks, specs and notices, with a short-lived download URL. */
import * as z from 'zod';
import { publicAction } from './action';
import { documentsListData, orgId, shortText } from './shapes';

export const documentDownloadData = z.strictObject({
  /** Short-lived: a CloudBase temp URL in production, a signed local URL in the runner. */
  url: z.string(),
  /** ISO timestamp after which the URL no longer works. */
  expiresAt: z.string(),
  /** CloudBase storage file id (production only): the mini program opens it with wx.cloud.downloadFile. */
  fileId: z.string().optional(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
});

export const documents = {
  /** Each document's latest version; with `occupationId`, also the organisation's general ones. */
  list: publicAction(z.object({ orgId, occupationId: shortText.optional() }), documentsListData),
  download: publicAction(z.object({ documentId: shortText }), documentDownloadData),
};
