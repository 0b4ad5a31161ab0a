/**
 * The local runner's static files: the H5 build, compressed and cached the way a phone on a slow
 * network needs it. Text assets go out as brotli or gzip (compressed once per file version and
 * kept in memory); file names with a content hash are cached for a year, index.html is checked
 * every time; /favicon.ico answers without an error; page routes get the single-page app, which
 * itself says when an address names no page. Also the small HTML pages a browser is shown
 * instead of JSON (an expired download link).
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/** Smaller than this, compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

/** `app.3f2a9c1e.js`, `130.0cd88ba1.js`: webpack's content hash in the name, so the bytes never change. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.(js|css)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to answer with, from the request's Accept-Encoding (brotli first, q=0 honoured). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wants = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return 'identity';
}

interface Cached {
  mtimeMs: number;
  size: number;
  bodies: Partial<Record<Encoding, Buffer>>;
}

const cache = new Map<string, Cached>();

/** The file's bytes in `encoding`, compressed once per version of the file. */
function bodyOf(file: string, stat: fs.Stats, encoding: Encoding): Buffer {
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
    entry = { mtimeMs: stat.mtimeMs, size: stat.size, bodies: {} };
    cache.set(file, entry);
  }
  let body = entry.bodies[encoding];
  if (!body) {
    const raw = entry.bodies.identity ?? fs.readFileSync(file);
    entry.bodies.identity = raw;
    body =
      encoding === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : encoding === 'gzip'
          ? zlib.gzipSync(raw, { level: 9 })
          : raw;
    entry.bodies[encoding] = body;
  }
  return body;
}

function cacheControlFor(file: string, type: string): string {
  if (type.startsWith('text/html')) return 'no-cache';
  return HASHED_NAME.test(path.basename(file)) ? IMMUTABLE : 'public, max-age=3600';
}

/** Sends one file, compressed when the client accepts it and the type is text. */
function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, cacheControl?: string): void {
  const stat = fs.statSync(file);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type) && stat.size >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  const body = bodyOf(file, stat, encoding);
  const headers: http.OutgoingHttpHeaders = {
    'content-type': type,
    'content-length': body.length,
    'cache-control': cacheControl ?? cacheControlFor(file, type),
  };
  if (compressible) headers.vary = 'Accept-Encoding';
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A small page for a browser that followed a link the server cannot honour, in Chinese, with the
 * way home (the app's own pages are not loaded here, so it is plain HTML).
 */
export function sendHtmlPage(res: http.ServerResponse, status: number, title: string, message: string): void {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>body{font-family:-apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif;background:#f4f6f9;color:#1f2329;margin:0;padding:24px 16px;line-height:1.6}main{max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:16px}a{display:inline-block;margin-top:12px;padding:10px 16px;border-radius:10px;background:#0b5cad;color:#fff;text-decoration:none;font-weight:600}a:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}</style></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><a href="/pages/index/index">返回首页</a></main></body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
  res.end(html);
}

/** Serves the H5 build from `staticDir` (null: not configured). */
export function serveStatic(staticDir: string | null, url: URL, req: http.IncomingMessage, res: http.ServerResponse): void {
  const index = staticDir ? path.join(staticDir, 'index.html') : null;
  if (url.pathname === '/favicon.ico') {
    // The app has no icon of its own in the browser; answering "nothing" keeps the console clean.
    res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
    res.end();
    return;
  }
  if (!staticDir || !index || !fs.existsSync(index)) {
    sendHtmlPage(res, 404, '未构建', '尚未构建小程序 H5 版本。请运行 npm start（会自动构建）或 npm run build:h5。');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  const file = path.normalize(path.join(staticDir, pathname));
  const inside = file === staticDir || file.startsWith(staticDir + path.sep);
  if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) {
    sendFile(req, res, file);
    return;
  }
  if (path.extname(pathname) !== '') {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('未找到');
    return;
  }
  // A page route of the single-page app: its index.html handles it (an unknown one says so).
  sendFile(req, res, index, 'no-cache');
}
