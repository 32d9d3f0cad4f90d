/** Thin wrappers over Taro for storage, navigation and feedback, so stores stay testable. */
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

const TABS = ['/pages/home/index', '/pages/me/index']

export function go(url: string) {
  const path = url.split('?')[0]
  if (TABS.includes(path)) return Taro.switchTab({ url: path })
  return Taro.navigateTo({ url })
}

export function back() {
  return Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/home/index' }))
}

// Toasts and error modals live in ./platform/feedback (a ✓ toast takes at most 7 characters).
export { toast } from './platform/feedback'

export async function confirm(title: string, content: string): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' })
  return !!res.confirm
}
