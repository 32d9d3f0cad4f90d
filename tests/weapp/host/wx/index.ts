/**
 * The `wx` object of one phone, assembled from its areas (cloud, storage, navigation, ui, media,
 * system). Every API WeChat declares is a real own property — Taro copies `wx`'s own keys when it
 * starts, so a getter or Proxy would leave holes — and the ones no area implements fail loudly as
 * a rule violation instead of quietly.
 */
import type { PageRuntime } from '../pages'
import { asyncApi } from './api'
import type { ApiContext } from './api'
import { cloudApi } from './cloud'
import type { CloudBackend } from './cloud'
import { mediaApi, USER_DATA_PATH } from './media'
import { wxApiNames } from './names'
import { navigationApi } from './navigation'
import { storageApi } from './storage'
import { systemApi } from './system'
import type { Device, LaunchOptions } from './system'
import { uiApi } from './ui'

export interface WxOptions {
  backend: CloudBackend
  openid(): string | null
  pages: PageRuntime
  device: Device
  launch(): LaunchOptions
  /** Storage kept from an earlier run of the app on this phone. */
  storage?: ReadonlyMap<string, string>
}

export function createWx(ctx: ApiContext, options: WxOptions) {
  const media = mediaApi(ctx)
  const cloud = cloudApi(ctx, options.backend, options.openid, (filePath) => {
    const file = media.state.files.get(filePath)
    return file ? Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8') : null
  })
  const storage = storageApi(ctx, options.storage)
  const ui = uiApi(ctx)
  const system = systemApi(ctx, options.device, options.launch)
  const wx: Record<string, unknown> = {}
  for (const name of wxApiNames()) wx[name] = unsupported(ctx, name)
  Object.assign(wx, storage.api, navigationApi(ctx, options.pages), ui.api, media.api, system.api, {
    cloud: cloud.cloud,
    env: { USER_DATA_PATH },
  })
  return {
    wx,
    cloudCalls: cloud.calls,
    uploads: cloud.uploads,
    storage: storage.store,
    ui: ui.state,
    media: media.state,
  }
}

function unsupported(ctx: ApiContext, name: string) {
  const fail = asyncApi(ctx, name, () => {
    ctx.rules.violate(
      'unsupported',
      `wx.${name} is not provided by the test host: add it to tests/weapp/host/wx/ (the area it belongs to)`,
    )
    throw new Error('not supported by the test host')
  })
  return (...args: unknown[]) => fail((args[0] ?? {}) as Record<string, unknown>)
}
