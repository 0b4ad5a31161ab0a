/**
 * The CloudBase entry each function exports as `main`: builds the app once per
 * instance (CloudBase store, storage temp URLs, subscribe messages), takes the
 * caller's openid from the platform, never from the event, and answers.
 */
import type { ApiAnswer } from '@skills/shared';
import { CloudbaseStore, loadCloudbase, type CbApp } from '../adapters/cloudbase';
import { SendRefused, makeIdHasher, newRandomId, type App, type Caller } from '../core/app';
import { createClock } from '../core/clock';
import { ApiError } from '../core/errors';
import { DOWNLOAD_TTL_SECONDS, subscribeTemplateFor } from '../runtime/cloud-config';
import type { FunctionHandler } from './framework';
import { failure } from './framework';

let instance: { app: App; tcb: CbApp } | null = null;

function cloudApp(): { app: App; tcb: CbApp } {
  if (instance) return instance;
  const key = process.env.ID_HASH_KEY;
  if (!key) throw new Error('ID_HASH_KEY is not configured');
  const tcb = loadCloudbase();
  const store = new CloudbaseStore(tcb, process.env.COLLECTION_PREFIX ?? '');
  const app: App = {
    store,
    clock: createClock({ fixedToday: process.env.SKILLS_TODAY || undefined }),
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
        if (!templateId) return; // Not configured for this kind: the outbox still records it.
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
  instance = { app, tcb };
  return instance;
}

/** The openid CloudBase puts in the function's environment for a mini program call; null for timers and anonymous calls. */
function callerOf(tcb: CbApp): Caller {
  try {
    const openId = tcb.auth().getUserInfo().openId;
    return { identity: openId ? openId : null };
  } catch {
    return { identity: null };
  }
}

export function cloudEntry(handler: FunctionHandler, mapEvent: (event: unknown) => unknown = (e) => e) {
  return async (event: unknown, _context?: unknown): Promise<ApiAnswer<unknown>> => {
    try {
      const { app, tcb } = cloudApp();
      return await handler(mapEvent(event), callerOf(tcb), app);
    } catch (error) {
      console.error('[cloud] entry failed', { error: error instanceof Error ? error.name : typeof error });
      return failure('INTERNAL', '服务暂时不可用，请稍后再试');
    }
  };
}
