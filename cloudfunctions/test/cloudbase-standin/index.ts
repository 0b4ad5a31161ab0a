/**
 * A stand-in of CloudBase's HTTP API, for the real @cloudbase/node-sdk to talk to unchanged.
 *
 * The SDK is pointed here through its own configuration: inside a function
 * (TENCENTCLOUD_RUNENV=SCF) it posts every call to the `URL` of TCB_CONTEXT_CNFG
 * (node-sdk src/utils/tcbapiendpoint.ts `buildUrl`, src/utils/tcbcontext.ts `getServerInjectUrl`),
 * as JSON `{ action, ...params }`, and reads `{ code, message }` as an error
 * (src/utils/tcbapirequester.ts `request`). So its query serialisation (EJSON), transaction
 * wrapper and response unwrapping all run as they do in production.
 *
 * Served: the database (see database.ts), storage (upload through a signed PUT as COS takes it,
 * temporary URLs at most 50 per call, download), and WeChat's subscribe-message send through
 * `wx.api`, whose failures come back as an `errcode` in the result rather than as an error
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 * The management API that `@cloudbase/manager-node` uses to create collections and indexes is served
 * at `/tcb` (management.ts), where TCB_BASE_URL points the manager.
 * Every request is counted per action; an optional latency is added to each.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudbaseError, Database } from './database';
import { manage, signatureValid } from './management';

/** getTempFileURL takes at most 50 files a call (CloudBase storage limits; building-here.md "Limits worth designing for"). */
export const MAX_TEMP_URLS = 50;
export const ENV_ID = 'standin-0a1b2c';
const SECRET_ID = 'AKIDstandin';
const SECRET_KEY = 'standin-secret-key';

export interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface Standin {
  readonly url: string;
  readonly db: Database;
  /** Requests per action since the last reset (`database.getDocument`, `storage.getUploadMetadata`, `cos.put`, ...). */
  counts(): Record<string, number>;
  total(): number;
  resetCounts(): void;
  setLatency(ms: number): void;
  /** Subscribe messages WeChat accepted. */
  readonly sent: SentMessage[];
  /** The next sends answer these errcodes, in order (e.g. 43101: the user has not accepted the template). */
  failNextSends(...errcodes: number[]): void;
  /** The n-th next request of this action (1: the very next) answers a system error, as a dropped call would. */
  failRequest(action: string, nth: number): void;
  /** Files in storage by cloud path. */
  readonly files: Map<string, Buffer>;
  /** Environment variables that point the SDK here, as a function's runtime would hold them. */
  env(): Record<string, string>;
  /** Sets `env()` on process.env; returns a function that restores what was there. */
  install(): () => void;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startStandin(): Promise<Standin> {
  const db = new Database();
  const files = new Map<string, Buffer>();
  const sent: SentMessage[] = [];
  const failures: number[] = [];
  const counts = new Map<string, number>();
  const injected: { action: string; remaining: number }[] = [];
  let latency = 0;
  let base = '';
  const bucket = `${ENV_ID}-1250000000`;
  const fileIdOf = (cloudPath: string) => `cloud://${ENV_ID}.${bucket}/${cloudPath}`;
  const pathOfFileId = (fileId: string) => (fileId.startsWith(`cloud://${ENV_ID}.${bucket}/`) ? fileId.slice(`cloud://${ENV_ID}.${bucket}/`.length) : null);

  const count = (action: string) => counts.set(action, (counts.get(action) ?? 0) + 1);

  function api(params: Record<string, unknown>): Record<string, unknown> {
    const action = String(params.action);
    if (action.startsWith('database.')) return db.handle(action, params);
    switch (action) {
      case 'storage.getUploadMetadata': {
        const cloudPath = String(params.path);
        // The SDK encodes a temporary URL itself before fetching it (encodeURI); it PUTs the bytes to `url` with these headers, as to COS (node-sdk src/storage/index.ts `uploadFile`).
        return {
          data: {
            url: `${base}/cos/${encodeURIComponent(cloudPath)}`,
            token: crypto.randomBytes(8).toString('hex'),
            authorization: 'q-sign-algorithm=sha1',
            fileId: fileIdOf(cloudPath),
            cosFileId: crypto.randomBytes(8).toString('hex'),
          },
        };
      }
      case 'storage.batchGetDownloadUrl': {
        const list = params.file_list as { fileid: string; max_age?: number }[];
        if (list.length > MAX_TEMP_URLS) throw new CloudbaseError('INVALID_PARAM', `file_list exceeds ${MAX_TEMP_URLS} files`);
        return {
          data: {
            download_list: list.map(({ fileid }) => {
              const cloudPath = pathOfFileId(fileid);
              if (cloudPath === null || !files.has(cloudPath)) return { code: 'STORAGE_FILE_NONEXIST', fileID: fileid, tempFileURL: '' };
              return { code: 'SUCCESS', fileID: fileid, tempFileURL: `${base}/download/${cloudPath}?sign=${crypto.randomBytes(6).toString('hex')}` };
            }),
          },
        };
      }
      case 'storage.batchDeleteFile': {
        const list = params.fileid_list as string[];
        return {
          data: {
            delete_list: list.map((fileID) => {
              const cloudPath = pathOfFileId(fileID);
              const existed = cloudPath !== null && files.delete(cloudPath);
              return { fileID, code: existed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
            }),
          },
        };
      }
      case 'wx.api': {
        const request = JSON.parse(String(params.requestData)) as SentMessage;
        if (params.apiName !== '/cgi-bin/message/subscribe/send') throw new CloudbaseError('INVALID_PARAM', `wx api ${String(params.apiName)} is not served`);
        const errcode = failures.shift() ?? 0;
        // WeChat answers in the body: errcode 0 is a send; anything else (43101 refused, 40003 bad openid) is not.
        if (errcode === 0) sent.push(request);
        return { data: { responseData: JSON.stringify({ errcode, errmsg: errcode === 0 ? 'ok' : `send failed (${errcode})` }) } };
      }
      default:
        throw new CloudbaseError('INVALID_PARAM', `action ${action} is not served by this stand-in`);
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      const url = new URL(req.url ?? '/', base);
      // For a stand-in in another process (the bench): its request counts, and a reset.
      if (url.pathname === '/__standin/counts') {
        const snapshot = JSON.stringify(Object.fromEntries(counts));
        if (req.method === 'POST') counts.clear();
        res.writeHead(200, { 'content-type': 'application/json' }).end(snapshot);
        return;
      }
      if (req.method === 'POST' && url.pathname === '/tcb') {
        const action = String(req.headers['x-tc-action'] ?? '');
        count(`tcb.${action}`);
        const RequestId = crypto.randomUUID();
        let answer: Record<string, unknown>;
        try {
          if (!signatureValid(req.headers, 'POST', url, body, SECRET_ID, SECRET_KEY)) throw new CloudbaseError('AuthFailure.SignatureFailure', 'the request signature does not match');
          if (req.headers['x-tc-version'] !== '2018-06-08') throw new CloudbaseError('InvalidParameter', `version ${String(req.headers['x-tc-version'])}`);
          answer = { ...manage(db, ENV_ID, action, JSON.parse(body.toString('utf8')) as Record<string, unknown>), RequestId };
        } catch (error) {
          if (!(error instanceof CloudbaseError)) throw error;
          answer = { Error: { Code: error.code, Message: error.message }, RequestId };
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Response: answer }));
        return;
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/cos/')) {
        count('cos.put');
        files.set(decodeURIComponent(url.pathname.slice('/cos/'.length)), body);
        res.writeHead(200, { 'content-type': 'application/xml' }).end('');
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
        count('cos.get');
        const content = files.get(decodeURIComponent(url.pathname.slice('/download/'.length)));
        if (!content) res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
        else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content);
        return;
      }
      const requestId = crypto.randomBytes(8).toString('hex');
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'INVALID_PARAM', message: 'body is not JSON', requestId }));
        return;
      }
      count(String(params.action));
      if (!req.headers.authorization) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'SIGN_PARAM_INVALID', message: 'missing authorization', requestId }));
        return;
      }
      let answer: Record<string, unknown>;
      const fault = injected.find((f) => f.action === params.action && --f.remaining === 0);
      try {
        if (fault) {
          injected.splice(injected.indexOf(fault), 1);
          throw new CloudbaseError('SYS_ERR', 'injected failure');
        }
        answer = { ...api(params), requestId };
      } catch (error) {
        if (!(error instanceof CloudbaseError)) throw error;
        answer = { code: error.code, message: error.message, requestId };
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  // Idle connections stay open a minute, as behind a gateway; Node's 5 s default cuts sockets the SDK reuses after a long computation.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const env = (): Record<string, string> => ({
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_NAMESPACE: ENV_ID,
    TCB_ENV: ENV_ID,
    TENCENTCLOUD_SECRETID: SECRET_ID,
    TENCENTCLOUD_SECRETKEY: SECRET_KEY,
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${base}/admin` }),
    // Where @cloudbase/manager-node sends its `tcb` management calls.
    TCB_BASE_URL: `${base}/tcb`,
    SILENCE: 'true',
  });

  return {
    url: base,
    db,
    counts: () => Object.fromEntries(counts),
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    resetCounts: () => counts.clear(),
    setLatency: (ms) => {
      latency = ms;
    },
    sent,
    failNextSends: (...errcodes) => {
      failures.push(...errcodes);
    },
    failRequest: (action, nth) => {
      injected.push({ action, remaining: nth });
    },
    files,
    env,
    install: () => {
      const saved = Object.entries(env()).map(([k]) => [k, process.env[k]] as const);
      Object.assign(process.env, env());
      return () => {
        for (const [k, v] of saved) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
