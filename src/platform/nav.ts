/** Moving between pages: tab pages by switchTab, others by navigateTo, and always a way home. */
import Taro from '@tarojs/taro'

export const HOME = '/pages/home/index'
export const ME = '/pages/me/index'
export const ENTRY = '/pages/entry/index'
const TABS = [HOME, ME]

export function go(url: string) {
  const path = url.split('?')[0]
  if (TABS.includes(path)) return Taro.switchTab({ url: path })
  return Taro.navigateTo({ url })
}

/** Back one page; a page opened directly (a shared link, a reload) has none, so it goes home. */
export function back() {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack()
  return goHome()
}

/** Home from anywhere, even from a page opened on its own. */
export function goHome() {
  return Taro.switchTab({ url: HOME }).catch(() => Taro.reLaunch({ url: HOME }))
}

/** The QR landing page, starting afresh (nothing to go back to). */
export function restart() {
  return Taro.reLaunch({ url: ENTRY })
}

/** How many pages are on the stack: a subpage opened from another has more than one. */
export function depth(): number {
  return Taro.getCurrentPages().length
}
