/**
 * WeChat's own font size (我 → 设置 → 通用 → 字体大小, and 关怀模式). rpx does not follow it, so the
 * app reads it and turns its large-text mode on by itself when the setting is large.
 *
 * `fontSizeScaleFactor` is the setting divided by the standard size (17 px on iOS, 16 on Android).
 * Per WeChat's 小程序适老化设计指南 (developers.weixin.qq.com/miniprogram/design/elderly.html): on a
 * 375-pt iPhone +3 is 21 px (×1.24), +4 22 px, and 关怀模式 is 23.8 px (×1.4); on a 414-pt phone
 * +2 is 20 px (×1.18). From ×1.2 up we count the setting as large.
 */
import Taro from '@tarojs/taro'

export const LARGE_FONT_SCALE = 1.2

export interface WeChatFont {
  /** The person's WeChat font size in px, when WeChat tells. */
  setting?: number
  /** That size over the standard one. */
  scale?: number
}

export function isLargeFont(font: WeChatFont): boolean {
  const scale = font.scale || (font.setting ? font.setting / 17 : 1)
  return scale >= LARGE_FONT_SCALE
}

/** Reads WeChat's font size; {} in H5 or where WeChat does not say. */
export function readWeChatFont(): WeChatFont {
  if (process.env.TARO_ENV !== 'weapp') return {}
  try {
    // getAppBaseInfo: base library 2.25.3; older clients answer the same fields from getSystemInfoSync.
    // Taro's typings of getAppBaseInfo lack the font fields WeChat's own typings have.
    const info = (Taro.canIUse('getAppBaseInfo') ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as {
      fontSizeSetting?: number
      fontSizeScaleFactor?: number
    }
    return { setting: info.fontSizeSetting, scale: info.fontSizeScaleFactor }
  } catch {
    return {}
  }
}
