import { APP_PAGES, PRELOADED_ROOT } from './routes';

/** The pages and subpackages are in routes.ts, which links and tests use too. */
export default defineAppConfig({
  pages: APP_PAGES.pages,
  subPackages: APP_PAGES.subPackages,
  preloadRule: {
    [APP_PAGES.pages[0]]: { network: 'all', packages: [PRELOADED_ROOT] },
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
