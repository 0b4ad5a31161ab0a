import { useMemo } from 'react';
import Taro from '@tarojs/taro';

/**
 * The root font size of a page. In WeChat it follows the user's font size setting
 * (微信 → 设置 → 字体大小); in the browser the CSS uses rem, which follows the
 * browser's own setting, so nothing is needed here.
 */
export function usePageFontSize(): string | undefined {
  return useMemo(() => {
    if (process.env.TARO_ENV !== 'weapp') return undefined;
    try {
      // WeChat returns fontSizeSetting from getAppBaseInfo; Taro's type for it omits the field.
      const setting = (Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting;
      return typeof setting === 'number' && setting > 0 ? `${Math.max(setting, 16)}px` : undefined;
    } catch {
      return undefined;
    }
  }, []);
}
