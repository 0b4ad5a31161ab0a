/**
 * The stand-in answers the real @cloudbase/node-sdk as CloudBase documents it (see the
 * citations in test/cloudbase-standin/*.ts). These tests drive the SDK itself, unchanged,
 * so its serialisation and unwrapping are part of what is checked.
 */
import { startStandin, MAX_TEMP_URLS, type Standin } from './cloudbase-standin';

interface SdkError {
  code?: string;
}
// The SDK's own types are loose; the calls below use only what CloudBase documents.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

let standin: Standin;
let restore: () => void;
let app: Any;
let db: Any;

beforeAll(async () => {
  standin = await startStandin();
  restore = standin.install();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tcb = require('@cloudbase/node-sdk') as Any;
  app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  db = app.database();
});
afterAll(async () => {
  restore();
  await standin.close();
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as SdkError).code;
  }
}

async function fill(name: string, n: number): Promise<void> {
  await db.createCollection(name);
  for (let i = 0; i < n; i += 500) {
    await db.collection(name).add(Array.from({ length: Math.min(500, n - i) }, (_, k) => ({ n: i + k })));
  }
}

describe('CloudBase stand-in, through the real SDK', () => {
  it('a collection must be created first, and only once', async () => {
    expect(await codeOf(db.collection('nowhere').get())).toBe('DATABASE_COLLECTION_NOT_EXIST');
    expect(await codeOf(db.collection('nowhere').doc('x').set({ a: 1 }))).toBe('DATABASE_COLLECTION_NOT_EXIST');
    await db.createCollection('once');
    expect(await codeOf(db.createCollection('once'))).toBe('DATABASE_COLLECTION_ALREADY_EXIST');
  });

  it('get() answers 100 documents by default and at most 1000', async () => {
    await fill('many', 1200);
    expect((await db.collection('many').get()).data).toHaveLength(100);
    expect((await db.collection('many').limit(5000).get()).data).toHaveLength(1000);
    expect((await db.collection('many').skip(1000).limit(1000).get()).data).toHaveLength(200);
    expect((await db.collection('many').count()).total).toBe(1200);
  });

  it('an aggregation without $limit answers 20 rows', async () => {
    await fill('groups', 30);
    const $ = db.command.aggregate;
    expect((await db.collection('groups').aggregate().group({ _id: '$n', c: $.sum(1) }).end()).data).toHaveLength(20);
    expect((await db.collection('groups').aggregate().group({ _id: '$n', c: $.sum(1) }).limit(30).end()).data).toHaveLength(30);
  });

  it('refuses a document over 16 MB', async () => {
    await db.createCollection('big');
    const text = 'x'.repeat(8 * 1024 * 1024);
    expect(await codeOf(db.collection('big').doc('ok').set({ text }))).toBeUndefined();
    expect(await codeOf(db.collection('big').doc('too').set({ a: text, b: text, c: 'y' }))).toBe('DATABASE_REQUEST_FAILED');
  });

  it('an existing _id is refused on insert (DATABASE_DUPLICATE_WRITE)', async () => {
    await db.createCollection('keys');
    await db.collection('keys').add({ _id: 'k', v: 1 });
    expect(await codeOf(db.collection('keys').add({ _id: 'k', v: 2 }))).toBe('DATABASE_DUPLICATE_WRITE');
    expect((await db.collection('keys').doc('k').get()).data).toEqual([{ _id: 'k', v: 1 }]);
  });

  it('inside a transaction doc().get() answers { data: document | null }; outside, { data: [document] }', async () => {
    await db.createCollection('tx');
    await db.collection('tx').doc('a').set({ v: 1 });
    const seen = await db.runTransaction(async (tx: Any) => [(await tx.collection('tx').doc('a').get()).data, (await tx.collection('tx').doc('b').get()).data]);
    expect(seen).toEqual([{ _id: 'a', v: 1 }, null]);
    expect((await db.collection('tx').doc('a').get()).data).toEqual([{ _id: 'a', v: 1 }]);
    expect((await db.collection('tx').doc('b').get()).data).toEqual([]);
  });

  it('transactions: own writes visible inside, invisible outside until commit, dropped on rollback', async () => {
    await db.createCollection('txw');
    const tx = await db.startTransaction();
    await tx.collection('txw').doc('a').set({ v: 1 });
    expect((await tx.collection('txw').doc('a').get()).data).toEqual({ _id: 'a', v: 1 });
    expect((await db.collection('txw').doc('a').get()).data).toEqual([]);
    await tx.commit();
    expect((await db.collection('txw').doc('a').get()).data).toEqual([{ _id: 'a', v: 1 }]);
    await expect(db.runTransaction(async (t: Any) => {
      await t.collection('txw').doc('a').set({ v: 2 });
      await t.rollback('stop');
    })).rejects.toBe('stop');
    expect((await db.collection('txw').doc('a').get()).data).toEqual([{ _id: 'a', v: 1 }]);
  });

  it('two transactions writing one document: the second conflicts (DATABASE_TRANSACTION_CONFLICT)', async () => {
    await db.createCollection('txc');
    const first = await db.startTransaction();
    const second = await db.startTransaction();
    await first.collection('txc').doc('a').set({ by: 'first' });
    expect(await codeOf(second.collection('txc').doc('a').set({ by: 'second' }))).toBe('DATABASE_TRANSACTION_CONFLICT');
    await first.commit();
    await second.rollback();
    expect((await db.collection('txc').doc('a').get()).data).toEqual([{ _id: 'a', by: 'first' }]);
    // Only single-document operations inside a transaction.
    const third = await db.startTransaction();
    expect(await codeOf(third.collection('txc').where({ by: 'first' }).get())).toBe('DATABASE_TRANSACTION_FAIL');
    await third.rollback();
  });

  it('storage: upload, temporary URLs (at most 50 a call), download', async () => {
    const { fileID } = await app.uploadFile({ cloudPath: 'docs/通知.pdf', fileContent: Buffer.from('%PDF-1.4 x') });
    expect((await app.downloadFile({ fileID })).fileContent.toString()).toBe('%PDF-1.4 x');
    const { fileList } = await app.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }, { fileID: `${fileID}.missing`, maxAge: 600 }] });
    expect(fileList.map((f: Any) => f.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST']);
    const tooMany = Array.from({ length: MAX_TEMP_URLS + 1 }, () => ({ fileID, maxAge: 600 }));
    expect(await codeOf(app.getTempFileURL({ fileList: tooMany }))).toBe('INVALID_PARAM');
  });

  it('subscribe-message send: a refusal is an errcode in the result, not an exception', async () => {
    const requestData = { touser: 'o1', template_id: 't1', page: 'pages/index/index', data: { thing1: { value: '准考证已发放' } } };
    standin.failNextSends(43101);
    const refused = await app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData });
    expect(refused.result.errcode).toBe(43101);
    const sent = await app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData });
    expect(sent.result.errcode).toBe(0);
    expect(standin.sent).toEqual([requestData]);
  });

  it('counts requests per action', async () => {
    await db.createCollection('counted');
    standin.resetCounts();
    await db.collection('counted').doc('a').set({ v: 1 });
    await db.collection('counted').doc('a').get();
    await db.runTransaction(async (tx: Any) => tx.collection('counted').doc('a').get());
    expect(standin.counts()).toEqual({
      'database.modifyDocument': 1,
      'database.getDocument': 2,
      'database.startTransaction': 1,
      'database.commitTransaction': 1,
    });
    expect(standin.total()).toBe(5);
  });
});
