/** Small typed wrappers over Taro's storage; a broken or missing value reads as the fallback. */
import Taro from '@tarojs/taro';

export function readStored<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the choice only lasts this visit, nothing is lost.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Unavailable storage holds nothing to remove.
  }
}
