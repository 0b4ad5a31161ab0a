/** The local runner over HTTP: cookie identity, signed expiring downloads, the H5 build with SPA fallback. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import nodeHttp from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { DocumentDownloadData, DocumentsListData, TicketBindingData } from '@skills/shared';
import { COOKIE_NAME, signIdentity } from '../src/server/cookies';
import { createServer } from '../src/server/server';
import { DOWNLOAD_TTL_MS } from '../src/runtime/local';
import { DEMO_RELEASED } from '../src/demo/candidates';
import { TEST_SECRETS, makeRuntime, type TestRuntime } from './helpers';

/** A script of the size that matters on a slow network (about 40 KB of repetitive JavaScript). */
const BIG_SCRIPT = Array.from({ length: 800 }, (_, i) => `export const value${i} = 'line ${i} of a large bundle';`).join('\n');

/** Fetches raw bytes with an Accept-Encoding of our choosing (Node's fetch would decode them). */
/** The same link with the signature's first character changed, so it can never still match. */
function withTamperedSignature(url: string): string {
  return url.replace(/sig=(.)/, (_match, first: string) => `sig=${first === '0' ? '1' : '0'}`);
}

function rawGet(url: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    nodeHttp
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('local runner HTTP server', () => {
  let rt: TestRuntime;
  let server: http.Server;
  let base: string;
  let staticDir: string;

  beforeAll(async () => {
    rt = await makeRuntime();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-h5-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>H5</title>');
    fs.mkdirSync(path.join(staticDir, 'js'));
    fs.writeFileSync(path.join(staticDir, 'js', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(staticDir, 'js', 'app.0cd88ba1.js'), BIG_SCRIPT);
    server = createServer({ app: rt.app, cookieKey: TEST_SECRETS.cookieKey, urlKey: TEST_SECRETS.urlKey, staticDir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  async function post(fn: string, event: unknown, cookie?: string) {
    const response = await fetch(`${base}/api/${fn}`, { method: 'POST', body: JSON.stringify(event), headers: cookie ? { cookie } : {} });
    return { response, answer: (await response.json()) as { ok: boolean; code?: string; data?: unknown } };
  }

  it('answers 400 to a request line that is not a URL, and keeps serving', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
        socket.end('GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('"code":"BAD_REQUEST"');
    const { response } = await post('catalog', { action: 'organisations' });
    expect(response.status).toBe(200);
  });

  it('gives each browser its own identity in a signed HttpOnly cookie', async () => {
    const { response } = await post('tickets', { action: 'binding' });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${COOKIE_NAME}=local_`));
    expect(setCookie).toContain('HttpOnly');
    const cookie = setCookie.split(';')[0];
    const bound = await post('tickets', { action: 'bind', name: DEMO_RELEASED.name, idNumber: DEMO_RELEASED.idNumber }, cookie);
    expect(bound.response.status).toBe(200);
    expect(bound.response.headers.get('set-cookie')).toBeNull();
    expect(((await post('tickets', { action: 'binding' }, cookie)).answer.data as TicketBindingData).bound).toBe(true);
    // Another browser is someone else.
    expect(((await post('tickets', { action: 'binding' })).answer.data as TicketBindingData).bound).toBe(false);
  });

  it('a forged cookie is ignored: the caller gets a fresh identity', async () => {
    const forged = `${COOKIE_NAME}=staff-sjtu.${'A'.repeat(43)}`;
    const { response, answer } = await post('admin', { action: 'whoami' }, forged);
    expect(response.headers.get('set-cookie')).toMatch(/local_/);
    expect((answer.data as { identity: string }).identity).not.toBe('staff-sjtu');
    // A correctly signed one is honoured (how an operator's own browser is recognised).
    const signed = `${COOKIE_NAME}=${signIdentity(TEST_SECRETS.cookieKey, 'staff-sjtu')}`;
    const whoami = await post('admin', { action: 'whoami' }, signed);
    expect(whoami.answer.data).toEqual({ identity: 'staff-sjtu', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] });
  });

  it('maps codes to statuses: 401, 403, 404, 400, 429', async () => {
    const cookie = `${COOKIE_NAME}=${signIdentity(TEST_SECRETS.cookieKey, 'http-candidate')}`;
    expect((await post('admin', { action: 'audit.list', orgId: 'sjtu' }, cookie)).response.status).toBe(403);
    expect((await post('nope', {})).response.status).toBe(404);
    expect((await post('catalog', { action: 'nope' })).response.status).toBe(400);
    for (let i = 0; i < 5; i += 1) await post('tickets', { action: 'bind', name: 'x', idNumber: DEMO_RELEASED.idNumber }, cookie);
    expect((await post('tickets', { action: 'bind', name: 'x', idNumber: DEMO_RELEASED.idNumber }, cookie)).response.status).toBe(429);
  });

  it('downloads a document at a signed URL whose bytes match the published sha256; tampered or expired URLs are refused', async () => {
    const list = (await post('documents', { action: 'list', orgId: 'sjtu' })).answer.data as DocumentsListData;
    const doc = list.documents[0];
    const link = (await post('documents', { action: 'download', documentId: doc.id })).answer.data as DocumentDownloadData;
    const response = await fetch(`${base}${link.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
    expect(bytes.length).toBe(doc.size);

    expect((await fetch(`${base}${withTamperedSignature(link.url)}`)).status).toBe(403);
    expect((await fetch(`${base}${link.url.replace(/expires=\d+/, (m) => `${m}1`)}`)).status).toBe(403);
    rt.advance(DOWNLOAD_TTL_MS + 1000);
    expect((await fetch(`${base}${link.url}`)).status).toBe(403);
  });

  it('serves the H5 build, falls back to index.html for page routes, and never leaves its folder', async () => {
    expect(await (await fetch(`${base}/js/app.js`)).text()).toBe('console.log(1)');
    const page = await fetch(`${base}/pages/ticket/index?org=sjtu`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>H5</title>');
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).not.toBe(500);
    const traversal = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(await traversal.text()).not.toContain('"workspaces"');
  });

  it('compresses text assets (brotli first, else gzip) and caches hashed files for a year', async () => {
    const br = await rawGet(`${base}/js/app.0cd88ba1.js`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(BIG_SCRIPT.length / 5);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(BIG_SCRIPT);

    const gzip = await rawGet(`${base}/js/app.0cd88ba1.js`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(BIG_SCRIPT);

    const plain = await rawGet(`${base}/js/app.0cd88ba1.js`, 'br;q=0, gzip;q=0');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_SCRIPT);

    // index.html is checked on every visit; a name without a hash is cached for an hour only.
    expect((await rawGet(`${base}/pages/index/index`, 'br')).headers['cache-control']).toBe('no-cache');
    expect((await rawGet(`${base}/js/app.js`, 'br')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers /favicon.ico without an error', async () => {
    const response = await fetch(`${base}/favicon.ico`);
    expect(response.status).toBe(204);
  });

  it('an expired or tampered download link shows a page in Chinese with the way home, not JSON', async () => {
    const list = (await post('documents', { action: 'list', orgId: 'sjtu' })).answer.data as DocumentsListData;
    const link = (await post('documents', { action: 'download', documentId: list.documents[0].id })).answer.data as DocumentDownloadData;
    // Change the signature's first character (to another one whatever it was).
    const response = await fetch(`${base}${withTamperedSignature(link.url)}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('下载链接已失效');
    expect(html).toContain('href="/pages/index/index"');
    expect(html).not.toContain('"ok"');
  });
});
