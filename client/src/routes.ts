/**
 * Every page of the mini program, written once: app.config.ts declares these packages,
 * links open these paths, and the tests visit them. Plain data (no Taro import), so the
 * build reads it for app.json and the end-to-end suites can import it too.
 *
 * Home is the only page in the main package; everything else loads on demand from a
 * subpackage so the first download stays small. `packages/staff` is the staff console:
 * only staff ever load it.
 */

interface Subpackage {
  root: string;
  /** Page name → path inside the subpackage. */
  pages: Record<string, string>;
}

const HOME = 'pages/index/index';

const GUIDE = {
  root: 'packages/guide',
  pages: { projects: 'projects/index', apply: 'apply/index', conduct: 'conduct/index', contact: 'contact/index', documents: 'documents/index' },
} as const satisfies Subpackage;

const CHECK = {
  root: 'packages/check',
  pages: { eligibility: 'eligibility/index', timeline: 'timeline/index' },
} as const satisfies Subpackage;

const EXAM = {
  root: 'packages/exam',
  pages: { ticket: 'ticket/index', results: 'results/index' },
} as const satisfies Subpackage;

const STAFF = {
  root: 'packages/staff',
  pages: {
    home: 'index/index',
    sessions: 'sessions/index',
    imports: 'imports/index',
    documents: 'documents/index',
    announcements: 'announcements/index',
    exports: 'exports/index',
    audit: 'audit/index',
    outbox: 'outbox/index',
    checkin: 'checkin/index',
    notices: 'notices/index',
  },
} as const satisfies Subpackage;

/** In the order app.json lists them. */
export const SUBPACKAGES: readonly Subpackage[] = [GUIDE, CHECK, EXAM, STAFF];

/** The candidate's subpackage fetched with home, since most visits go on to the eligibility check. */
export const PRELOADED_ROOT = CHECK.root;

function routesOf<P extends Record<string, string>>({ root, pages }: { root: string; pages: P }): { [K in keyof P]: string } {
  return Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, `/${root}/${page}`])) as { [K in keyof P]: string };
}

/** Every page of the candidate's side, by name, so links are checked by the compiler. */
export const ROUTES = {
  home: `/${HOME}`,
  ...routesOf(GUIDE),
  ...routesOf(CHECK),
  ...routesOf(EXAM),
};

export type RouteName = keyof typeof ROUTES;

/** The console's pages, by name. */
export const STAFF_ROUTES = routesOf(STAFF);

export type StaffRoute = keyof typeof STAFF_ROUTES;

/** Every candidate page, for checks that go through them all (width, element counts). */
export const CANDIDATE_PAGES: readonly string[] = Object.values(ROUTES);

/** What app.json declares: `pages` of the main package and `subPackages` (WeChat's field names). */
export const APP_PAGES = {
  pages: [HOME],
  subPackages: SUBPACKAGES.map(({ root, pages }) => ({ root, pages: Object.values(pages) })),
};
