/**
 * The CloudBase entry as an attacker sees it: the caller is the platform's openid and
 * nothing in the event can claim another; a storage answer without a URL is not a link.
 * The SDK is replaced by a fake platform (no credentials, no network).
 */
import type { ApiAnswer, DocumentDownloadData, WhoamiData } from '@skills/shared';
import type { DocumentVersionRecord } from '../src/ports';

interface FakePlatform {
  openId: string;
  staff: Record<string, string[]>;
  tempFileURL: string | undefined;
}

const platform: FakePlatform = { openId: '', staff: {}, tempFileURL: undefined };

const DOCUMENT: DocumentVersionRecord = {
  documentId: 'd_handbook',
  orgId: 'sjtu',
  occupationId: null,
  kind: 'handbook',
  title: '考核指导手册',
  fileName: 'handbook.pdf',
  version: 1,
  size: 10,
  sha256: 'a'.repeat(64),
  blobKey: 'documents/sjtu/d_handbook/v1.pdf',
  publishedOn: '2026-11-21',
  demo: false,
};

jest.mock('../src/adapters/cloudbase', () => ({
  loadCloudbase: () => ({
    auth: () => ({ getUserInfo: () => ({ openId: platform.openId }) }),
    getTempFileURL: async () => ({ fileList: [{ code: 'STORAGE_FILE_NONEXIST', tempFileURL: platform.tempFileURL }] }),
  }),
  CloudbaseStore: class {
    async staffOrgs(identity: string): Promise<string[]> {
      return platform.staff[identity] ?? [];
    }
    async documentVersions(documentId: string): Promise<DocumentVersionRecord[]> {
      return documentId === DOCUMENT.documentId ? [DOCUMENT] : [];
    }
    /** Every call reads the published notices and loaded holiday arrangements (none here), and whoami the registered organisations. */
    async publishedNotices(): Promise<[]> {
      return [];
    }
    async holidayArrangements(): Promise<[]> {
      return [];
    }
    async getMeta(): Promise<null> {
      return null;
    }
    async listOrganisations(): Promise<[]> {
      return [];
    }
    /** Refused staff calls are counted (audit view). */
    async recordFailure(): Promise<void> {}
    async fileIdOf(): Promise<string> {
      return 'cloud://env/documents/sjtu/d_handbook/v1.pdf';
    }
  },
}));

process.env.ID_HASH_KEY = 'cloud-entry-test-key-0123456789';

// Imported after the mock and the key are in place.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main: admin } = require('../src/functions/admin') as { main: (event: unknown) => Promise<ApiAnswer<unknown>> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main: documents } = require('../src/functions/documents') as { main: (event: unknown) => Promise<ApiAnswer<unknown>> };

beforeEach(() => {
  platform.openId = '';
  platform.staff = { 'openid-staff': ['sjtu'] };
  platform.tempFileURL = undefined;
});

describe('CloudBase entry', () => {
  it.each([
    ['an openid field', { openid: 'openid-staff' }],
    ['a userInfo object', { userInfo: { openId: 'openid-staff', appId: 'wx' } }],
    ['an identity field', { identity: 'openid-staff' }],
    ['a caller object', { caller: { identity: 'openid-staff' } }],
  ])('an anonymous call naming a staff member through %s is still anonymous', async (_desc, claim) => {
    const answer = await admin({ action: 'whoami', ...claim });
    expect(answer).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('a candidate naming a staff member in the event is still the candidate: not staff, no admin action', async () => {
    platform.openId = 'openid-candidate';
    const who = (await admin({ action: 'whoami', openid: 'openid-staff', userInfo: { openId: 'openid-staff' } })) as ApiAnswer<WhoamiData>;
    expect(who).toEqual({ ok: true, data: { identity: 'openid-candidate', staffOf: [] } });
    const list = await admin({ action: 'audit.list', orgId: 'sjtu', userInfo: { openId: 'openid-staff' } });
    expect(list).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('the platform’s openid is the caller', async () => {
    platform.openId = 'openid-staff';
    const who = (await admin({ action: 'whoami' })) as ApiAnswer<WhoamiData>;
    expect(who).toEqual({ ok: true, data: { identity: 'openid-staff', staffOf: [{ orgId: 'sjtu', name: '上海交通大学' }] } });
  });

  it('storage answering without a temporary URL is a clear failure, not an empty link', async () => {
    platform.openId = 'openid-candidate';
    const answer = await documents({ action: 'download', documentId: DOCUMENT.documentId });
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining('文件') });
  });

  it('with a temporary URL the answer carries it and when it expires', async () => {
    platform.openId = 'openid-candidate';
    platform.tempFileURL = 'https://example.tcb.qcloud.la/handbook.pdf?sign=x';
    const answer = (await documents({ action: 'download', documentId: DOCUMENT.documentId })) as ApiAnswer<DocumentDownloadData>;
    expect(answer).toMatchObject({ ok: true, data: { url: platform.tempFileURL, fileName: 'handbook.pdf', sha256: DOCUMENT.sha256 } });
  });
});
