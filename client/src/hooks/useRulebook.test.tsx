/**
 * The app-wide rulebook in the pages: what is open re-renders when the server's answer arrives
 * (no page is rebuilt or reopened), the picker lists the organisations the rulebook has, and a
 * chosen organisation the rulebook does not know shows 上海交大. Each test is a fresh launch.
 */
import type * as TestingLibrary from '@testing-library/react/pure';
import { SJTU_2025, KUPASI_2025, HOLIDAY_ARRANGEMENTS, type NoticeDocument } from '@skills/shared';
import { stubApi } from '@test/helpers';
import { sjtu2027 } from '../../../cloudfunctions/test/fixtures/notices';

const TODAY = '2026-12-01';
const ACME: NoticeDocument = { ...sjtu2027(), orgId: 'acme', name: '上海某职业技能评价中心', shortName: '某评价中心', version: 1 };

interface Launched {
  testing: typeof TestingLibrary;
  LaunchedRulebook: typeof import('./useRulebook').LaunchedRulebook;
  WindowCard: typeof import('@/components/home/WindowCard').WindowCard;
  OrgPicker: typeof import('@/components/OrgPicker').OrgPicker;
  useOrg: typeof import('./useOrg').useOrg;
}

/** A fresh launch: every module (React included) as a new app start loads them. */
function launch(): Launched {
  let loaded: Launched | undefined;
  jest.isolateModules(() => {
    loaded = {
      testing: jest.requireActual('@testing-library/react/pure'),
      LaunchedRulebook: jest.requireActual<typeof import('./useRulebook')>('./useRulebook').LaunchedRulebook,
      WindowCard: jest.requireActual<typeof import('@/components/home/WindowCard')>('@/components/home/WindowCard').WindowCard,
      OrgPicker: jest.requireActual<typeof import('@/components/OrgPicker')>('@/components/OrgPicker').OrgPicker,
      useOrg: jest.requireActual<typeof import('./useOrg')>('./useOrg').useOrg,
    };
  });
  if (!loaded) throw new Error('not loaded');
  // The pure build registers no hooks of its own (it is loaded inside a test): cleaned up here.
  cleanups.push(loaded.testing.cleanup);
  return loaded;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Answers catalog.rulebook when `release()` is called, as a slow network would. */
function serveLater(notices: NoticeDocument[]): { release: () => void } {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { fetchStub } = stubApi({});
  fetchStub.mockImplementation(async (url: string) => {
    if (!url.endsWith('/api/catalog')) return { ok: false, status: 404, json: async () => ({ ok: false, code: 'NOT_FOUND', message: '' }) } as Response;
    await held;
    return { ok: true, status: 200, json: async () => ({ ok: true, data: { version: 'published:1', notices, holidays: HOLIDAY_ARRANGEMENTS } }) } as Response;
  });
  return { release: () => release() };
}

/** Lets the held answer arrive and the pages re-render. */
async function arrive(testing: Launched['testing'], server: { release: () => void }): Promise<void> {
  await testing.act(async () => {
    server.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

test('an open home re-renders with the published 2027 notice and the third organisation when the answer arrives', async () => {
  const server = serveLater([SJTU_2025, KUPASI_2025, sjtu2027(), ACME]);
  const { testing, LaunchedRulebook, WindowCard, OrgPicker } = launch();
  const { render, screen } = testing;
  render(
    <LaunchedRulebook>
      <OrgPicker value='sjtu' onChange={() => undefined} />
      <WindowCard orgId='sjtu' today={TODAY} />
    </LaunchedRulebook>,
  );
  const next = () => screen.getByTestId('next-window').textContent ?? '';
  // From the bundled 2025 notice: the 2027 window is its table carried over, 预计.
  expect(next()).toContain('2027年1月1日');
  expect(next()).toContain('预计');
  expect(screen.getAllByRole('radio').map((radio) => radio.textContent)).toEqual(['上海交大', '库帕思']);
  await arrive(testing, server);
  expect(next()).toContain('2027年1月1日');
  expect(next()).toContain('2027年3月评价');
  expect(next()).not.toContain('预计');
  expect(screen.getAllByRole('radio').map((radio) => radio.textContent)).toEqual(['上海交大', '库帕思', '某评价中心']);
  // Today's window (2026年11月16日起) is still the 2025 notice's, 预计.
  expect(screen.getByTestId('countdown').parentElement?.textContent).toContain('预计');
});

function ShownOrg({ useOrg }: { useOrg: Launched['useOrg'] }) {
  const [orgId] = useOrg();
  return <span data-testid='org'>{orgId}</span>;
}

/** The organisation shown with `stored` kept on the device: before the server answers, and after. */
async function shownOrg(notices: NoticeDocument[], stored: string): Promise<[string, string]> {
  const server = serveLater(notices);
  localStorage.setItem('skills.orgId', JSON.stringify(stored));
  const { testing, LaunchedRulebook, useOrg } = launch();
  testing.render(
    <LaunchedRulebook>
      <ShownOrg useOrg={useOrg} />
    </LaunchedRulebook>,
  );
  const shown = () => testing.screen.getByTestId('org').textContent ?? '';
  const before = shown();
  await arrive(testing, server);
  return [before, shown()];
}

test.each([
  ['a chosen organisation the launch does not know yet shows 上海交大 until the answer has it', [SJTU_2025, KUPASI_2025, ACME], 'acme', ['sjtu', 'acme']],
  ['an organisation no longer published (an unknown id kept on the device) falls back to 上海交大', [SJTU_2025, KUPASI_2025], 'closed-org', ['sjtu', 'sjtu']],
])('%s', async (_, notices, stored, expected) => {
  expect(await shownOrg(notices, stored)).toEqual(expected);
});
