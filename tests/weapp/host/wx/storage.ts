/**
 * The phone's local storage (get/set/remove/clear, sync and async), one map per phone. Values are
 * stored as WeChat stores them — serialised — and a key over WeChat's 1 MB limit is refused. What
 * a previous run of the app kept survives a restart (`kept`).
 */
import { ApiFail, asyncApi, syncApi } from './api'
import type { ApiContext } from './api'

const KEY_LIMIT = 1024 * 1024
const TOTAL_LIMIT_KB = 10 * 1024

export function storageApi(ctx: ApiContext, kept: ReadonlyMap<string, string> = new Map()) {
  const store = new Map<string, string>(kept)
  const write = (key: unknown, data: unknown) => {
    if (typeof key !== 'string' || !key)
      throw new ApiFail('setStorage:fail parameter error: key should be String')
    const text = JSON.stringify(data === undefined ? null : data)
    if (Buffer.byteLength(text) > KEY_LIMIT) throw new ApiFail('setStorage:fail entry size limit reached')
    store.set(key, text)
  }
  const read = (key: string): unknown => (store.has(key) ? JSON.parse(store.get(key)!) : '')
  const info = () => ({
    keys: [...store.keys()],
    currentSize: Math.ceil([...store.values()].reduce((n, v) => n + Buffer.byteLength(v), 0) / 1024),
    limitSize: TOTAL_LIMIT_KB,
  })
  const api = {
    getStorageSync: syncApi(ctx, 'getStorageSync', (key: string) => read(key)),
    setStorageSync: syncApi(ctx, 'setStorageSync', (key: string, data: unknown) => {
      try {
        write(key, data)
      } catch (err) {
        throw new Error((err as ApiFail).errMsg)
      }
    }),
    removeStorageSync: syncApi(ctx, 'removeStorageSync', (key: string) => void store.delete(key)),
    clearStorageSync: syncApi(ctx, 'clearStorageSync', () => store.clear()),
    getStorageInfoSync: syncApi(ctx, 'getStorageInfoSync', info),
    getStorage: asyncApi(ctx, 'getStorage', ({ key }) => {
      if (!store.has(String(key))) throw new ApiFail('getStorage:fail data not found')
      return { data: read(String(key)) }
    }),
    setStorage: asyncApi(ctx, 'setStorage', ({ key, data }) => write(key, data)),
    removeStorage: asyncApi(ctx, 'removeStorage', ({ key }) => void store.delete(String(key))),
    clearStorage: asyncApi(ctx, 'clearStorage', () => store.clear()),
    getStorageInfo: asyncApi(ctx, 'getStorageInfo', info),
  }
  return { api, store }
}
