import Taro from '@tarojs/taro';
import { currentOrg } from '../hooks/useOrg';

/** Every page of the candidate's side, by name, so links are checked by the compiler. */
export const ROUTES = {
  home: '/pages/index/index',
  projects: '/packages/guide/projects/index',
  apply: '/packages/guide/apply/index',
  conduct: '/packages/guide/conduct/index',
  contact: '/packages/guide/contact/index',
  documents: '/packages/guide/documents/index',
  eligibility: '/packages/check/eligibility/index',
  timeline: '/packages/check/timeline/index',
  ticket: '/packages/exam/ticket/index',
  results: '/packages/exam/results/index',
} as const;

export type RouteName = keyof typeof ROUTES;

/** Opens a candidate page; the organisation goes along unless the caller names one. */
export function go(route: RouteName, params: Record<string, string> = {}): void {
  const query = Object.entries({ org: currentOrg(), ...params })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  Taro.navigateTo({ url: query ? `${ROUTES[route]}?${query}` : ROUTES[route] });
}
