/**
 * Moving between pages: tab pages by switchTab, others by navigateTo, and always a way home.
 * (Back is the title bar's: WeChat's own, and Taro's in H5.)
 */
import Taro from '@tarojs/taro'

const HOME = '/pages/home/index'
const ENTRY = '/pages/entry/index'
const TABS = [HOME, '/pages/me/index']

export function go(url: string) {
  const path = url.split('?')[0]
  if (TABS.includes(path)) return Taro.switchTab({ url: path })
  return Taro.navigateTo({ url })
}

/** Home from anywhere, even from a page opened on its own. */
export function goHome() {
  return Taro.switchTab({ url: HOME }).catch(() => Taro.reLaunch({ url: HOME }))
}

/** The QR landing page, starting afresh (nothing to go back to). */
export function restart() {
  return Taro.reLaunch({ url: ENTRY })
}
