/**
 * How a wx API behaves, once for all of them: every call goes through the rule recorder first;
 * async APIs answer through success/fail/complete on a later tick (or a promise when called
 * without callbacks, as the base library does); work that is really asynchronous (a cloud call)
 * is tracked so `settle()` waits for it.
 */
import type { Clock } from '../clock'
import type { Rules } from '../rules'

export class ApiFail extends Error {
  constructor(
    readonly errMsg: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(errMsg)
  }
}

/** Work in flight outside the realm's clock (cloud calls). */
export class Pending {
  count = 0
  private waiters: (() => void)[] = []

  track<T>(work: Promise<T>): Promise<T> {
    this.count++
    return work.finally(() => {
      this.count--
      if (this.count === 0) this.waiters.splice(0).forEach((w) => w())
    })
  }

  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve))
  }
}

export interface ApiContext {
  rules: Rules
  clock: Clock
  pending: Pending
  /** Runs realm code, reporting what it throws as an uncaught error. */
  guard(run: () => void): void
}

type Options = Record<string, unknown> & {
  success?: (res: unknown) => void
  fail?: (res: unknown) => void
  complete?: (res: unknown) => void
}
type Result = Record<string, unknown> | void
type AsyncImpl = (options: Options) => Result | Promise<Result>

/** A callback-style API (`wx.showModal`, `wx.navigateTo`, `wx.cloud.callFunction`). */
export function asyncApi(ctx: ApiContext, name: string, impl: AsyncImpl) {
  return function api(options: Options = {}) {
    const refused = ctx.rules.apiCall(name)
    const outcome = refused ? Promise.reject(new ApiFail(refused)) : run(impl, options)
    const answered = ctx.pending.track(outcome.then(ok(name), failed(name)))
    const wantsPromise = !options.success && !options.fail && !options.complete
    return new Promise((resolve, reject) => {
      void answered.then((res) =>
        ctx.clock.setTimeout(() => {
          if (res.ok) options.success?.(res.value)
          else options.fail?.(res.value)
          options.complete?.(res.value)
          if (!wantsPromise) return
          if (res.ok) resolve(res.value)
          else reject(res.value)
        }, 0),
      )
    })
  }
}

/** A synchronous API (`wx.getStorageSync`): WeChat throws its errors. */
export function syncApi<A extends unknown[], R>(ctx: ApiContext, name: string, impl: (...args: A) => R) {
  return function api(...args: A): R {
    const refused = ctx.rules.apiCall(name)
    if (refused) throw new Error(refused)
    return impl(...args)
  }
}

function run(impl: AsyncImpl, options: Options): Promise<Result> {
  try {
    return Promise.resolve(impl(options))
  } catch (err) {
    return Promise.reject(err)
  }
}

const ok = (name: string) => (value: Result) => ({
  ok: true as const,
  value: { errMsg: `${name}:ok`, ...(value ?? {}) },
})

const failed = (name: string) => (err: unknown) => ({
  ok: false as const,
  value:
    err instanceof ApiFail
      ? { errMsg: err.errMsg, ...err.extra }
      : { errMsg: `${name}:fail ${(err as Error)?.message ?? String(err)}` },
})
