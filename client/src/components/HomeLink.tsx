import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { CANDIDATE_PAGES, ROUTES } from '@/routes';
import { currentOrg } from '@/hooks/useOrg';

/**
 * The way home from a candidate's page in the browser build. WeChat draws its own bar (back,
 * or home when a shared page was opened first); a browser opened on a shared link has
 * neither, so the page offers one, keeping the organisation the page shows. The console's
 * pages have their own menu.
 */
export function HomeLink() {
  if (process.env.TARO_ENV !== 'h5') return null;
  const path = (Taro.getCurrentInstance().router?.path ?? '').split('?')[0];
  if (path === ROUTES.home || !CANDIDATE_PAGES.includes(path)) return null;
  return (
    <Button className='btn btn-plain btn-inline no-print' style={{ marginBottom: '8px' }} onClick={() => Taro.reLaunch({ url: `${ROUTES.home}?org=${currentOrg()}` })}>
      ‹ 返回首页
    </Button>
  );
}
