/**
 * 关怀模式: the large-text mode follows WeChat's font size until the person chooses; their choice
 * (including off) wins and is remembered.
 */
let wechat: { fontSizeSetting?: number; fontSizeScaleFactor?: number } = {}
const stored = new Map<string, unknown>()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    canIUse: () => true,
    getAppBaseInfo: () => wechat,
    getSystemInfoSync: () => wechat,
  },
}))
jest.mock('@/platform/storage', () => ({
  load: (k: string) => (stored.has(k) ? stored.get(k) : null),
  save: (k: string, v: unknown) => stored.set(k, v),
}))

process.env.TARO_ENV = 'weapp'
/* eslint-disable @typescript-eslint/no-require-imports */
const { isLargeFont, readWeChatFont } =
  require('@/platform/fontScale') as typeof import('@/platform/fontScale')
/* eslint-enable @typescript-eslint/no-require-imports */

function freshPrefs() {
  let prefs!: typeof import('@/stores/prefs')
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    prefs = require('@/stores/prefs')
  })
  return prefs.usePrefs
}

beforeEach(() => {
  stored.clear()
  wechat = {}
})

test.each([
  [{ setting: 17, scale: 1 }, false], // 标准
  [{ setting: 19.5, scale: 1.15 }, false], // iPhone 375, +2
  [{ setting: 21, scale: 1.24 }, true], // iPhone 375, +3
  [{ setting: 23.8, scale: 1.4 }, true], // 关怀模式
  [{ setting: 20 }, false], // no factor: 20 / 17
  [{ setting: 22 }, true],
  [{}, false], // WeChat did not say (H5)
])('WeChat font %j large: %s', (font, large) => {
  expect(isLargeFont(font)).toBe(large)
})

test('reads WeChat’s font size from getAppBaseInfo', () => {
  wechat = { fontSizeSetting: 23.8, fontSizeScaleFactor: 1.4 }
  expect(readWeChatFont()).toEqual({ setting: 23.8, scale: 1.4 })
})

test('large WeChat font turns large text on by itself; the person can switch it off, and that sticks', () => {
  wechat = { fontSizeSetting: 23.8, fontSizeScaleFactor: 1.4 }
  const prefs = freshPrefs()
  expect(prefs.getState()).toMatchObject({ largeText: true, followsWeChat: true })
  prefs.getState().setLargeText(false)
  expect(prefs.getState()).toMatchObject({ largeText: false, followsWeChat: false })
  expect(freshPrefs().getState()).toMatchObject({ largeText: false, followsWeChat: false })
})

test('standard WeChat font leaves it off until the person turns it on', () => {
  wechat = { fontSizeSetting: 17, fontSizeScaleFactor: 1 }
  const prefs = freshPrefs()
  expect(prefs.getState()).toMatchObject({ largeText: false, followsWeChat: true })
  prefs.getState().setLargeText(true)
  expect(freshPrefs().getState().largeText).toBe(true)
})
