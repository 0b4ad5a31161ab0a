import Taro from '@tarojs/taro';
import { currentOrg } from '@/hooks/useOrg';
import { ROUTES, STAFF_ROUTES, type RouteName, type StaffRoute } from '@/routes';

export { ROUTES, type RouteName } from '@/routes';

/** Opens a candidate page; the organisation goes along unless the caller names one. */
export function go(route: RouteName, params: Record<string, string> = {}): void {
  const query = Object.entries({ org: currentOrg(), ...params })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  Taro.navigateTo({ url: query ? `${ROUTES[route]}?${query}` : ROUTES[route] });
}

/** Moves between the console's sections without piling pages up (the console is used for long stretches on a desktop). */
export function openStaff(route: StaffRoute, orgId: string, replace = false): void {
  const url = `${STAFF_ROUTES[route]}?org=${encodeURIComponent(orgId)}`;
  if (replace) Taro.redirectTo({ url });
  else Taro.navigateTo({ url });
}
