/**
 * The CloudBase runtime's composition root: one CloudBase adapter as the store (every port), storage
 * temporary URLs for downloads, files staff put in storage, WeChat subscribe messages, the keyed ID
 * hash from the function's environment. Built once per function instance by the CloudBase entry
 * (functions/cloud.ts); the local runner's counterpart is runtime/local.ts.
 */
import { CloudbaseStore, type CbApp } from '../adapters/cloudbase';
import { SendRefused, makeIdHasher, newRandomId, type App } from '../core/app';
import { createClock } from '../core/clock';
import { ApiError } from '../core/errors';
import { DOWNLOAD_TTL_SECONDS, TemplateNotConfigured, subscribeTemplateFor } from './cloud-config';

export function createCloudbaseApp(tcb: CbApp, env: NodeJS.ProcessEnv = process.env): App {
  const key = env.ID_HASH_KEY;
  if (!key) throw new Error('ID_HASH_KEY is not configured');
  const store = new CloudbaseStore(tcb, env.COLLECTION_PREFIX ?? '');
  return {
    store,
    clock: createClock({ fixedToday: env.SKILLS_TODAY || undefined }),
    hashIdNumber: makeIdHasher(key),
    newId: newRandomId,
    fileUrls: {
      async urlFor(document, now) {
        const fileID = await store.fileIdOf(document);
        if (!fileID) throw new ApiError('NOT_FOUND', '该文件暂时无法下载，请稍后再试或联系评价机构');
        const { fileList } = await tcb.getTempFileURL({ fileList: [{ fileID, maxAge: DOWNLOAD_TTL_SECONDS }] });
        const url = fileList[0]?.tempFileURL;
        // Storage answers per file (e.g. code STORAGE_FILE_NONEXIST) without a URL: an empty link would look like success.
        if (!url) throw new ApiError('NOT_FOUND', '该文件暂时无法下载，请稍后再试或联系评价机构');
        return { url, expiresAt: new Date(now + DOWNLOAD_TTL_SECONDS * 1000).toISOString(), fileId: fileID };
      },
    },
    uploads: {
      pathOf(fileId) {
        // cloud://<env>.<bucket>/<path>
        const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
        return match ? match[1] : null;
      },
      async read(fileId) {
        const { fileContent } = await tcb.downloadFile({ fileID: fileId });
        if (!fileContent) throw new Error('empty download');
        return new Uint8Array(fileContent);
      },
      async remove(fileId) {
        await tcb.deleteFile({ fileList: [fileId] });
      },
    },
    sender: {
      async send(reminder) {
        const templateId = subscribeTemplateFor(reminder.kind);
        if (!templateId) throw new TemplateNotConfigured(reminder.kind);
        const data = Object.fromEntries(Object.entries(reminder.fields).map(([k, value]) => [k, { value }]));
        const { result } = await tcb.callWxOpenApi({
          apiName: '/cgi-bin/message/subscribe/send',
          requestData: { touser: reminder.recipient, template_id: templateId, page: 'pages/index/index', data },
        });
        // WeChat reports a refused send in the result's errcode, not as an error.
        const { errcode, errmsg } = (result ?? {}) as { errcode?: number; errmsg?: string };
        if (errcode !== undefined && errcode !== 0) throw new SendRefused(errcode, errmsg ?? '');
      },
    },
  };
}
