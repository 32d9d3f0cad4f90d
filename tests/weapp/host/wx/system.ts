/**
 * The phone itself: screen and base-library facts (an iPhone-sized screen, WeChat's standard font
 * size unless the test says otherwise), launch options, app-level listeners, login and settings.
 */
import { ApiFail, asyncApi, syncApi } from './api'
import type { ApiContext } from './api'

export interface LaunchOptions {
  path: string
  query: Record<string, string>
  scene: number
  referrerInfo?: Record<string, unknown>
  shareTicket?: string
}

export interface Device {
  /** WeChat's 字体大小 setting in px (17 = standard; 关怀模式 users pick larger). */
  fontSizeSetting: number
  SDKVersion: string
}

export function systemApi(ctx: ApiContext, device: Device, launch: () => LaunchOptions) {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>()
  const on = (event: string) =>
    syncApi(ctx, `on${event}`, (fn: (...args: unknown[]) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), fn])
    })
  const off = (event: string) =>
    syncApi(ctx, `off${event}`, (fn?: (...args: unknown[]) => void) => {
      listeners.set(event, fn ? (listeners.get(event) ?? []).filter((f) => f !== fn) : [])
    })
  const window = { windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2 }
  const base = { ...device, language: 'zh_CN', version: '8.0.50', theme: 'light', enableDebug: false }
  const deviceInfo = { brand: 'test', model: 'weapp test host', system: 'iOS 17.0', platform: 'ios' }
  const info = () => ({ ...window, ...base, ...deviceInfo, statusBarHeight: 20, safeArea: {} })

  const api = {
    getSystemInfoSync: syncApi(ctx, 'getSystemInfoSync', info),
    getSystemInfo: asyncApi(ctx, 'getSystemInfo', info),
    getWindowInfo: syncApi(ctx, 'getWindowInfo', () => ({ ...window, statusBarHeight: 20 })),
    getAppBaseInfo: syncApi(ctx, 'getAppBaseInfo', () => ({ ...base })),
    getDeviceInfo: syncApi(ctx, 'getDeviceInfo', () => ({ ...deviceInfo })),
    getSystemSetting: syncApi(ctx, 'getSystemSetting', () => ({
      bluetoothEnabled: false,
      locationEnabled: true,
    })),
    getAppAuthorizeSetting: syncApi(ctx, 'getAppAuthorizeSetting', () => ({ albumAuthorized: 'authorized' })),
    getMenuButtonBoundingClientRect: syncApi(ctx, 'getMenuButtonBoundingClientRect', () => ({
      width: 87,
      height: 32,
      top: 24,
      right: 365,
      bottom: 56,
      left: 278,
    })),
    canIUse: syncApi(ctx, 'canIUse', () => true),
    getLaunchOptionsSync: syncApi(ctx, 'getLaunchOptionsSync', () => ({ ...launch() })),
    getEnterOptionsSync: syncApi(ctx, 'getEnterOptionsSync', () => ({ ...launch() })),
    // A card opened inside a group chat: WeChat hands over the group's encrypted identity, which
    // only the cloud can read. Locally a card's shareTicket names the group, and the cloudID is the
    // stand-in the local cloud's getOpenData reads (`local-group:<name>`).
    getGroupEnterInfo: asyncApi(ctx, 'getGroupEnterInfo', () => {
      const { shareTicket } = launch()
      if (!shareTicket) throw new ApiFail('getGroupEnterInfo:fail not entered from a group chat')
      return {
        errMsg: 'getGroupEnterInfo:ok',
        cloudID: `local-group:${shareTicket}`,
        encryptedData: '',
        iv: '',
      }
    }),
    getAccountInfoSync: syncApi(ctx, 'getAccountInfoSync', () => ({
      miniProgram: { appId: 'wx-local-app', envVersion: 'release', version: '' },
    })),
    nextTick: syncApi(ctx, 'nextTick', (fn: () => void) => void ctx.clock.setTimeout(() => ctx.guard(fn), 0)),
    getNetworkType: asyncApi(ctx, 'getNetworkType', () => ({ networkType: 'wifi' })),
    login: asyncApi(ctx, 'login', () => ({ code: 'local-login-code' })),
    getSetting: asyncApi(ctx, 'getSetting', () => ({ authSetting: {} })),
    authorize: asyncApi(ctx, 'authorize', ({ scope }) => {
      const refused = ctx.rules.authorize(String(scope))
      if (refused) throw new ApiFail(refused)
    }),
    getPrivacySetting: asyncApi(ctx, 'getPrivacySetting', () => ({ needAuthorization: false })),
    reportAnalytics: syncApi(ctx, 'reportAnalytics', () => undefined),
    reportEvent: syncApi(ctx, 'reportEvent', () => undefined),
    getUpdateManager: syncApi(ctx, 'getUpdateManager', () => ({
      onCheckForUpdate() {},
      onUpdateReady() {},
      onUpdateFailed() {},
      applyUpdate() {},
    })),
  } as Record<string, unknown>
  for (const event of [
    'AppShow',
    'AppHide',
    'Error',
    'UnhandledRejection',
    'PageNotFound',
    'NetworkStatusChange',
    'MemoryWarning',
    'ThemeChange',
    'WindowResize',
    'NeedPrivacyAuthorization',
    'AppRoute',
    'AppRouteDone',
  ]) {
    api[`on${event}`] = on(event)
    api[`off${event}`] = off(event)
  }
  return { api, listeners }
}
