/** Platform actions with one call each; the H5 fallbacks keep every button useful in a browser. */
import Taro from '@tarojs/taro';

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: text });
    // WeChat shows its own toast after copying; H5 does not.
    if (process.env.TARO_ENV !== 'weapp') Taro.showToast({ title: `已复制${what}`, icon: 'none' });
  } catch {
    Taro.showToast({ title: '复制失败，请长按文字手动复制', icon: 'none' });
  }
}

export function callPhone(number: string): void {
  const digits = number.replace(/[^\d+]/g, '');
  if (process.env.TARO_ENV === 'weapp') {
    Taro.makePhoneCall({ phoneNumber: digits }).catch(() => undefined);
  } else {
    window.location.href = `tel:${digits}`;
  }
}

export interface Place {
  name: string;
  address: string;
  latitude?: number;
  longitude?: number;
}

/** Opens the map at a place; without coordinates, copies the address so it can be pasted into a map app. */
export function openMap(place: Place): void {
  if (place.latitude === undefined || place.longitude === undefined) {
    void copyText(place.address, '地址');
    return;
  }
  if (process.env.TARO_ENV === 'weapp') {
    Taro.openLocation({
      latitude: place.latitude,
      longitude: place.longitude,
      name: place.name,
      address: place.address,
      scale: 16,
    }).catch(() => undefined);
  } else {
    const query = `position=${place.longitude},${place.latitude}&name=${encodeURIComponent(place.name)}&coordinate=gaode`;
    window.open(`https://uri.amap.com/marker?${query}`, '_blank', 'noopener');
  }
}

/** Each step of a form starts at its top. */
export function scrollToTop(): void {
  try {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  } catch {
    // Not every environment can scroll (tests); staying put is harmless.
  }
}
