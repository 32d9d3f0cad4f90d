/** Remembering small things on this phone (the station, large text, whom I act for), never failing. */
import Taro from '@tarojs/taro'

export function load<T>(key: string): T | null {
  try {
    const value = Taro.getStorageSync(key)
    return value === '' || value === undefined ? null : (value as T)
  } catch {
    return null
  }
}

export function save(key: string, value: unknown) {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Storage full or unavailable: the app still works, it only forgets across launches.
  }
}

export function remove(key: string) {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // ignore
  }
}
