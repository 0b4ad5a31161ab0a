/**
 * The local runner's HTTP server: `POST /api/<function>` with the event as JSON body,
 * signed expiring document downloads at `/files/...`, and the H5 build with an SPA
 * fallback. Anything a caller sends gets a 2xx or 4xx, never a 5xx.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { ERROR_MESSAGES, type ApiAnswer } from '@skills/shared';
import type { App } from '../core/app';
import { dispatch } from '../functions';
import { eventByteLimit, failure, httpStatusOf } from '../functions/framework';
import { signDownload } from '../runtime/local';
import { COOKIE_NAME, cookieHeader, newLocalIdentity, readCookie, verifyIdentity } from './cookies';
import { sendHtmlPage, serveStatic } from './static';

/** Import files may be 40 MB, i.e. about 54 MB of base64 in the JSON body. */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;

export interface ServerOptions {
  app: App;
  cookieKey: string;
  urlKey: string;
  /** The H5 build to serve; null to serve the API only. */
  staticDir: string | null;
}

/**
 * On every response: no type sniffing, no framing by other sites, and for the H5 pages a
 * policy that lets them load only their own scripts and talk only to this server. Styles may
 * be inline (the page's own <style> and the components' style attributes).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
    "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
};

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** JSON of answers the core hands out again unchanged (cached ticket lookups): serialised once. */
const serialised = new WeakMap<object, string>();

function sendAnswer(res: http.ServerResponse, answer: ApiAnswer<unknown>, headers: Record<string, string> = {}): void {
  if (answer.ok && typeof answer.data === 'object' && answer.data !== null) {
    let data = serialised.get(answer.data);
    if (data === undefined) {
      data = JSON.stringify(answer.data);
      serialised.set(answer.data, data);
    }
    const text = `{"ok":true,"data":${data}}`;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
    res.end(text);
    return;
  }
  sendJson(res, httpStatusOf(answer), answer, headers);
}

/** Reads the body up to the limit; null when it is larger. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** New identities one client address may be given per hour: a browser keeps its cookie and needs one. */
export const IDENTITIES_PER_ADDRESS_PER_HOUR = 30;

/** Counts identities issued per client address in the current hour (this process only). */
function identityIssuer(now: () => number): (address: string) => boolean {
  let hour = -1;
  let issued = new Map<string, number>();
  return (address) => {
    const current = Math.floor(now() / 3_600_000);
    if (current !== hour) {
      hour = current;
      issued = new Map();
    }
    const count = issued.get(address) ?? 0;
    if (count >= IDENTITIES_PER_ADDRESS_PER_HOUR) return false;
    issued.set(address, count + 1);
    return true;
  };
}

async function handleApi(
  options: ServerOptions,
  mayIssue: (address: string) => boolean,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  name: string,
): Promise<void> {
  const cookieValue = readCookie(req.headers.cookie, COOKIE_NAME);
  let identity = verifyIdentity(options.cookieKey, cookieValue);
  const address = req.socket.remoteAddress ?? 'unknown';
  const headers: Record<string, string> = {};
  if (!identity && mayIssue(address)) {
    // A browser gets its identity on its first call and keeps it; a client that drops the
    // cookie each time gets a few, then calls anonymously. The event can never name one.
    identity = newLocalIdentity();
    headers['set-cookie'] = cookieHeader(options.cookieKey, identity);
  }
  if (req.method !== 'POST') {
    sendAnswer(res, failure('BAD_REQUEST', '请使用 POST 调用接口'), { ...headers, allow: 'POST' });
    return;
  }
  const body = await readBody(req, Math.min(MAX_BODY_BYTES, eventByteLimit(name)));
  if (body === null) {
    sendAnswer(res, failure('PAYLOAD_TOO_LARGE', '请求内容过大'), { ...headers, connection: 'close' });
    return;
  }
  let event: unknown;
  try {
    event = JSON.parse(body.toString('utf8'));
  } catch {
    sendAnswer(res, failure('BAD_REQUEST', '请求内容不是有效的 JSON'), headers);
    return;
  }
  const answer = await dispatch(name, event, { identity, address }, options.app);
  sendAnswer(res, answer, headers);
}

async function handleDownload(options: ServerOptions, url: URL, res: http.ServerResponse): Promise<void> {
  const [, , documentId, versionText] = url.pathname.split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return '';
    }
  });
  const version = Number(versionText);
  const expires = Number(url.searchParams.get('expires'));
  const sig = url.searchParams.get('sig') ?? '';
  const expected = Number.isInteger(version) && Number.isFinite(expires) ? signDownload(options.urlKey, documentId ?? '', version, expires) : '';
  // Compared as bytes: a non-ASCII sig has as many characters as the real one but more bytes.
  const given = Buffer.from(sig);
  const valid = expected.length > 0 && given.length === expected.length && crypto.timingSafeEqual(given, Buffer.from(expected));
  if (!valid || expires < options.app.clock.now()) {
    // Opened in a browser: a page in words, not the API's JSON.
    sendHtmlPage(res, 403, '下载链接已失效', '下载链接无效或已过期。请返回“手册与文件”页面，重新点击下载。');
    return;
  }
  const record = (await options.app.store.documentVersions(documentId ?? '')).find((d) => d.version === version);
  const bytes = record ? await options.app.store.readBlob(record.blobKey) : null;
  if (!record || !bytes) {
    sendHtmlPage(res, 404, '未找到该文件', '该文件不存在或已被撤下。请返回“手册与文件”页面查看最新版本。');
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': bytes.length,
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(record.fileName)}`,
    'cache-control': 'private, max-age=600',
  });
  res.end(Buffer.from(bytes));
}

export function createServer(options: ServerOptions): http.Server {
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : null;
  const mayIssue = identityIssuer(() => options.app.clock.now());
  return http.createServer((req, res) => {
    for (const [header, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(header, value);
    const url = URL.canParse(req.url ?? '/', 'http://localhost') ? new URL(req.url ?? '/', 'http://localhost') : null;
    if (!url) {
      // A request line that is not a URL (e.g. `GET http://[`): the caller's mistake, a 400.
      sendAnswer(res, failure('BAD_REQUEST', '请求地址无效'), { connection: 'close' });
      return;
    }
    const route = async () => {
      const apiMatch = /^\/api\/([^/]*)\/?$/.exec(url.pathname);
      if (apiMatch) return handleApi(options, mayIssue, req, res, apiMatch[1]);
      if (url.pathname.startsWith('/api/')) return sendAnswer(res, failure('UNKNOWN_FUNCTION', '没有这个功能'));
      if (url.pathname.startsWith('/files/') && req.method === 'GET') return handleDownload(options, url, res);
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendAnswer(res, failure('BAD_REQUEST', '不支持的请求方法'));
      return serveStatic(staticDir, url, req, res);
    };
    route().catch((error: unknown) => {
      console.error('[server] request failed', { path: url.pathname.split('/').slice(0, 3).join('/'), error: error instanceof Error ? error.name : typeof error });
      if (!res.headersSent) sendAnswer(res, failure('INTERNAL', ERROR_MESSAGES.INTERNAL));
      else res.destroy();
    });
  });
}
