/**
 * The host itself: each platform rule fails when broken (so a journey that passes means the rule
 * held), and navigation follows WeChat's own refusals. Calls go to the phone's `wx` directly, as
 * app code would make them, on a phone where the real app is running.
 */
import { weappSuite } from './driver'
import type { Driver } from './driver'

const weapp = weappSuite()

type Api = (options?: Record<string, unknown>) => Promise<Record<string, unknown>>

async function phoneAtHome(): Promise<{ phone: Driver; wx: Record<string, Api> }> {
  const phone = weapp.phone('demo-resident')
  await phone.scan('s=xinan')
  return { phone, wx: phone.host.env.wx as Record<string, Api> }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (err: { errMsg: string }) => err.errMsg,
  )

/** wx answers on the realm's clock: settle the phone, then read the answer. */
async function answer<T>(phone: Driver, promise: Promise<T>): Promise<T> {
  await phone.host.settle()
  return promise
}

test('a tap-only API fails outside a tap, and passes when called synchronously inside one', async () => {
  const { phone, wx } = await phoneAtHome()
  const fs = (wx.getFileSystemManager as unknown as () => Record<string, Api>)()
  await answer(phone, fs.writeFile({ filePath: 'wxfile://usr/a.csv', data: 'x', encoding: 'utf8' }))
  const outside = failure(wx.shareFileMessage({ filePath: 'wxfile://usr/a.csv' }))
  await expect(phone.host.settle()).rejects.toThrow(
    /\[tap-only\] wx\.shareFileMessage was called outside a user tap/,
  )
  expect(await outside).toBe('shareFileMessage:fail can only be invoked by user TAP gesture.')

  const inside = phone.host.rules.duringGesture(() => wx.shareFileMessage({ filePath: 'wxfile://usr/a.csv' }))
  await phone.host.settle()
  await expect(inside).resolves.toMatchObject({ errMsg: 'shareFileMessage:ok' })
  expect(phone.media.shared.map((f) => f.fileName)).toEqual(['a.csv'])
})

test('a privacy API the app does not declare is refused; a declared one is not', async () => {
  const { phone, wx } = await phoneAtHome()
  // 收货地址: nothing in the app asks for it, so the guide does not declare it.
  const chosen = failure(wx.chooseAddress({}))
  await expect(phone.host.settle()).rejects.toThrow(/\[privacy\] chooseAddress handles "地址"/)
  expect(await chosen).toBe('chooseAddress:fail api scope is not declared in the privacy agreement')

  const fs = (wx.getFileSystemManager as unknown as () => Record<string, Api>)()
  await answer(phone, fs.writeFile({ filePath: 'wxfile://usr/p.png', data: 'AAAA', encoding: 'base64' }))
  await answer(phone, wx.saveImageToPhotosAlbum({ filePath: 'wxfile://usr/p.png' }))
  expect(phone.media.saved).toEqual(['wxfile://usr/p.png'])
})

test('a cloud call outside the contract is a violation, even when the function answers', async () => {
  const { phone, wx } = await phoneAtHome()
  const cloud = wx.cloud as unknown as Record<string, Api>
  void cloud.callFunction({ name: 'station', data: { action: 'dropTables', input: {} } }).catch(() => null)
  await expect(phone.host.settle()).rejects.toThrow(
    /\[contract\] action "station\.dropTables" is not in the contract/,
  )
  void cloud.callFunction({ name: 'ghost', data: { action: 'get', input: {} } }).catch(() => null)
  await expect(phone.host.settle()).rejects.toThrow(
    /\[contract\] cloud function "ghost" is not in the contract/,
  )
})

test('an API the host does not provide fails loudly, not as Taro’s silent 暂不支持', async () => {
  const { phone, wx } = await phoneAtHome()
  expect(Object.getOwnPropertyNames(wx)).toContain('getBatteryInfo')
  void wx.getBatteryInfo().catch(() => null)
  await expect(phone.host.settle()).rejects.toThrow(/\[unsupported\] wx\.getBatteryInfo is not provided/)
})

test('an error thrown in the mini-program fails the next settle', async () => {
  const { phone } = await phoneAtHome()
  phone.host.clock.setTimeout(() => {
    throw new Error('boom in a timer')
  }, 10)
  await expect(phone.host.settle()).rejects.toThrow(/\[uncaught\] Error: boom in a timer/)
  expect(phone.host.errors).toHaveLength(1)
})

test('a modal nobody answers is a violation; an answered one gets the answer', async () => {
  const { phone, wx } = await phoneAtHome()
  phone.answerModal(true)
  const answered = wx.showModal({ title: '确认？', content: '' })
  await phone.host.settle()
  await expect(answered).resolves.toMatchObject({ confirm: true, cancel: false })
  void wx.showModal({ title: '没人回答', content: '' })
  await expect(phone.host.settle()).rejects.toThrow(/\[unanswered\] a modal "没人回答"/)
})

test('navigation follows WeChat: tab pages only by switchTab, back stops at the first page', async () => {
  const { phone, wx } = await phoneAtHome()
  expect(phone.route).toBe('pages/home/index')
  const refusals = Promise.all([
    failure(wx.navigateTo({ url: '/pages/me/index' })),
    failure(wx.switchTab({ url: '/packages/station/status/index' })),
    failure(wx.navigateTo({ url: '/packages/nowhere/index' })),
    failure(wx.navigateBack()),
  ])
  expect(await answer(phone, refusals)).toEqual([
    'navigateTo:fail can not navigateTo a tabbar page',
    'switchTab:fail can not switch to no-tabBar page',
    'navigateTo:fail page "packages/nowhere/index" is not found',
    'navigateBack:fail cannot navigate back at first page.',
  ])
  void wx.navigateTo({ url: '/packages/station/status/index?from=test' })
  await phone.host.settle()
  expect(phone.host.pages.stack.map((p) => p.route)).toEqual([
    'pages/home/index',
    'packages/station/status/index',
  ])
  expect(phone.host.current?.options).toEqual({ from: 'test' })
  void wx.switchTab({ url: '/pages/me/index' })
  await phone.host.settle()
  expect(phone.host.pages.stack.map((p) => p.route)).toEqual(['pages/me/index'])
})

test('storage keeps what the app stored, serialised, across a restart', async () => {
  const { phone, wx } = await phoneAtHome()
  const sync = wx as unknown as Record<string, (...args: unknown[]) => unknown>
  sync.setStorageSync('k', { a: 1, when: new Date(0) })
  expect(sync.getStorageSync('k')).toEqual({ a: 1, when: '1970-01-01T00:00:00.000Z' })
  expect(sync.getStorageSync('missing')).toBe('')
  const later = weapp.restart(phone)
  expect((later.host.env.wx.getStorageSync as (k: string) => unknown)('k')).toEqual({
    a: 1,
    when: '1970-01-01T00:00:00.000Z',
  })
})
