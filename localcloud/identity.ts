/**
 * Per-call WeChat context for the local function host. wx-server-sdk reads the caller from
 * process.env, which concurrent calls would share; here each call carries its own context.
 */
import { AsyncLocalStorage } from 'async_hooks'

export interface CallIdentity {
  openid: string | null
}

const store = new AsyncLocalStorage<CallIdentity>()

export function runAs<T>(identity: CallIdentity, fn: () => Promise<T>): Promise<T> {
  return store.run(identity, fn)
}

export function currentWXContext(appid: string, envId: string): Record<string, string | undefined> {
  const identity = store.getStore()
  return {
    OPENID: identity?.openid ?? undefined,
    APPID: identity?.openid ? appid : undefined,
    UNIONID: undefined,
    ENV: envId,
    SOURCE: identity?.openid ? 'wx_client' : 'wx_unknown',
  }
}
