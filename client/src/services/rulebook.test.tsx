/**
 * The launched rulebook: the first run, a kept answer, offline, a broken kept copy, a served set
 * that does not build, and the pages re-rendering when the server's answer arrives. Each test is a
 * fresh launch (its own copy of the modules); storage is jsdom's, as WeChat's is the device's.
 * Expected windows and fees are the 2025 上海交通大学 notice's, moved to 2027 by the fixture.
 */
import { SJTU_2025, KUPASI_2025, HOLIDAY_ARRANGEMENTS, type NoticeDocument } from '@skills/shared';
import { stubApi } from '@test/helpers';
import { sjtu2027 } from '../../../cloudfunctions/test/fixtures/notices';

type RulebookModule = typeof import('./rulebook');

const TODAY = '2026-12-01';
const ACME: NoticeDocument = { ...sjtu2027(), orgId: 'acme', name: '上海某职业技能评价中心', shortName: '某评价中心', version: 1 };

function answer(notices: unknown[], version = 'published:1') {
  return { version, notices, holidays: HOLIDAY_ARRANGEMENTS };
}

function serve(body: unknown, status = 200) {
  return stubApi({ 'catalog.rulebook': () => ({ status, body }) });
}

function servePublished(notices: unknown[]) {
  return serve({ ok: true, data: answer(notices) });
}

/** A fresh launch: the modules as a new app start loads them. */
function launch(): RulebookModule {
  let loaded: RulebookModule | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<RulebookModule>('./rulebook');
  });
  if (!loaded) throw new Error('not loaded');
  return loaded;
}

function nextWindow(module: RulebookModule): [string, boolean] {
  // Required from the same fresh copy, so the shared module sees the same rulebook objects.
  const { upcomingWindows } = jest.requireActual<typeof import('@skills/shared')>('@skills/shared');
  const window = upcomingWindows('sjtu', TODAY, 2, module.currentRulebook().book)[1];
  return [window.assessmentMonth, window.estimated];
}

beforeEach(() => localStorage.clear());

describe('the launched rulebook', () => {
  test('first run, offline: the bundled 2025 notices; nothing is kept; the next call asks again', async () => {
    const { fetchStub } = serve({}, 0);
    fetchStub.mockRejectedValue(new TypeError('offline'));
    const module = launch();
    expect(module.currentRulebook().version).toBe('bundled');
    await module.fetchRulebook();
    expect(module.currentRulebook().version).toBe('bundled');
    expect(nextWindow(module)).toEqual(['2027-03', true]);
    expect(localStorage.getItem(module.RULEBOOK_KEY)).toBeNull();
    await module.fetchRulebook();
    expect(fetchStub).toHaveBeenCalledTimes(2);
  });

  test('first run, online: the server’s set is adopted, kept, and asked for once per launch', async () => {
    const { sent } = servePublished([SJTU_2025, KUPASI_2025, sjtu2027()]);
    const module = launch();
    const adopted: string[] = [];
    module.onRulebook((next) => adopted.push(next.version));
    await Promise.all([module.fetchRulebook(), module.fetchRulebook()]);
    await module.fetchRulebook();
    expect(sent.filter((call) => call.event.action === 'rulebook')).toHaveLength(1);
    expect(adopted).toEqual(['published:1']);
    expect(nextWindow(module)).toEqual(['2027-03', false]);
    expect(JSON.parse(localStorage.getItem(module.RULEBOOK_KEY) ?? 'null')).toMatchObject({ version: 'published:1' });
  });

  test('the next launch, offline: starts from the kept set before any answer, and keeps it', async () => {
    servePublished([SJTU_2025, KUPASI_2025, sjtu2027(), ACME]);
    await launch().fetchRulebook();
    const { fetchStub } = serve({}, 0);
    fetchStub.mockRejectedValue(new TypeError('offline'));
    const module = launch();
    expect(module.currentRulebook().version).toBe('published:1');
    expect(nextWindow(module)).toEqual(['2027-03', false]);
    expect(module.currentRulebook().book.notices.organisations.map((org) => org.id)).toEqual(['sjtu', 'kupasi', 'acme']);
    await module.fetchRulebook();
    expect(module.currentRulebook().version).toBe('published:1');
  });

  test.each([
    ['not a rulebook', 'a broken copy'],
    ['a notice without its calendar', { ...answer([SJTU_2025]), notices: [{ ...SJTU_2025, notice: { ...SJTU_2025.notice, calendar: undefined } }] }],
    ['a holiday period without dates', { ...answer([SJTU_2025]), holidays: [{ year: 2025, holidays: [{ name: '元旦' }], makeUpWorkdays: [] }] }],
    ['two notices of one organisation with the same version', answer([SJTU_2025, SJTU_2025])],
    ['a calendar the rules cannot read', answer([{ ...SJTU_2025, notice: { ...SJTU_2025.notice, calendar: { ...SJTU_2025.notice.calendar, rows: [] } } }])],
    ['no notices at all', answer([])],
  ])('a kept copy that is %s: the bundled notices, and the copy goes', (_, stored) => {
    localStorage.setItem('skills.rulebook', JSON.stringify(stored));
    const module = launch();
    expect(module.currentRulebook()).toBe(module.BUNDLED);
    expect(localStorage.getItem(module.RULEBOOK_KEY)).toBeNull();
  });

  test('a served set that does not build: the bundled notices for this launch, and the kept copy goes', async () => {
    servePublished([SJTU_2025, KUPASI_2025, sjtu2027()]);
    await launch().fetchRulebook();
    servePublished([SJTU_2025, SJTU_2025]);
    const module = launch();
    expect(module.currentRulebook().version).toBe('published:1');
    await module.fetchRulebook();
    expect(module.currentRulebook()).toBe(module.BUNDLED);
    expect(localStorage.getItem(module.RULEBOOK_KEY)).toBeNull();
  });

  test('an error answer keeps what the launch started from', async () => {
    servePublished([SJTU_2025, KUPASI_2025, sjtu2027()]);
    await launch().fetchRulebook();
    serve({ ok: false, code: 'INTERNAL', message: '服务器错误' }, 500);
    const module = launch();
    await module.fetchRulebook();
    expect(module.currentRulebook().version).toBe('published:1');
    expect(localStorage.getItem(module.RULEBOOK_KEY)).not.toBeNull();
  });
});
