/**
 * Home is the only page in the main package; everything else loads on demand from
 * subpackages so the first download stays small. `staff/` is the staff console
 * (client/src/staff/**): only staff ever load it.
 */
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    {
      root: 'packages/guide',
      pages: ['projects/index', 'apply/index', 'conduct/index', 'contact/index', 'documents/index'],
    },
    {
      root: 'packages/check',
      pages: ['eligibility/index', 'timeline/index'],
    },
    {
      root: 'packages/exam',
      pages: ['ticket/index', 'results/index'],
    },
    {
      root: 'staff',
      pages: [
        'index/index',
        'sessions/index',
        'imports/index',
        'documents/index',
        'announcements/index',
        'exports/index',
        'audit/index',
        'outbox/index',
        'checkin/index',
      ],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/check'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '职业技能评价考生助手',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
  },
  permission: {},
  requiredPrivateInfos: [],
  // Components are injected when a page first renders them, not all at launch
  // (WeChat's code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
});
