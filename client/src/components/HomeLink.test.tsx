import Taro from '@tarojs/taro';
import { render, screen } from '@testing-library/react';
import { ROUTES, STAFF_ROUTES } from '@/routes';
import { HomeLink } from './HomeLink';
import { tap } from '@test/helpers';

type Instance = ReturnType<typeof Taro.getCurrentInstance>;

function openAt(path: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {}, path } } as unknown as Instance);
}

afterEach(() => jest.restoreAllMocks());

describe('HomeLink (browser build)', () => {
  test('a candidate page opened from a shared link offers the way home', () => {
    openAt('/packages/guide/documents/index');
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' });
    render(<HomeLink />);
    tap('‹ 返回首页');
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index?org=sjtu' });
  });

  test.each([ROUTES.home, STAFF_ROUTES.home, STAFF_ROUTES.imports])('%s has no such link', (path) => {
    openAt(path);
    render(<HomeLink />);
    expect(screen.queryByText('‹ 返回首页')).toBeNull();
  });
});
