/**
 * `@tarojs/taro` for component tests: the H5 implementation, with the page-context
 * pieces replaced. `routeParams` lets a test choose what the current page was opened with.
 */
import TaroH5 from '@tarojs/taro-h5';

export const routeParams: Record<string, string> = {};
export const navigations: string[] = [];

const Taro = {
  ...TaroH5,
  getCurrentInstance: () => ({ router: { params: routeParams, path: '/test' } }),
  navigateTo: (options: { url: string }) => {
    navigations.push(options.url);
    return Promise.resolve({ errMsg: 'navigateTo:ok' });
  },
  showToast: () => Promise.resolve({ errMsg: 'showToast:ok' }),
  setClipboardData: () => Promise.resolve({ errMsg: 'setClipboardData:ok' }),
  getAppBaseInfo: () => ({ fontSizeSetting: 16 }),
  // Storage as WeChat keeps it (any JSON value per key), over jsdom's localStorage.
  getStorageSync: (key: string): unknown => {
    const text = localStorage.getItem(key);
    return text === null ? '' : JSON.parse(text);
  },
  setStorageSync: (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value)),
  removeStorageSync: (key: string) => localStorage.removeItem(key),
};

export const useLoad = (): void => undefined;
export const useDidShow = (): void => undefined;
export const useRouter = () => ({ params: routeParams, path: '/test' });
export const useShareAppMessage = (): void => undefined;

export default Taro;
