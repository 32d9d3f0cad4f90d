/**
 * APIs that must run directly in a tap handler, and the two-tap pattern that makes that easy.
 *
 * WeChat lets some APIs run only while a user tap is being handled: called after an `await` (a
 * cloud call, a download, a file write) they fail with "<api>:fail can only be invoked by user
 * TAP gesture." So work that needs time happens first (prepare → ready), and the person's next
 * tap calls the API synchronously, before anything is awaited.
 *
 * The rule is enforced here, not remembered: `onTap(handler)` hands the handler a `Tap` that is live
 * only during the synchronous part of the handler, and every tap-bound call below (`inTap`)
 * refuses a stale one with a TapLost error — in H5 and in tests too, where WeChat would not
 * complain. Pure (no Taro): the API calls are passed in by platform/files.ts and the pages.
 */

/** Why each API is tap-bound. `wechat`: WeChat refuses it outside a tap. `ours`: we keep it in a tap. */
export const TAP_BOUND = {
  /** "shareFileMessage:fail can only be invoked by user TAP gesture" after any await (community threads). */
  shareFileMessage: 'wechat',
  /** One consent per tap; refused once an async step precedes it. */
  requestSubscribeMessage: 'wechat',
  /** Opens only from a tap since base library 2.3.0 (its API page). */
  openSetting: 'wechat',
  getUserProfile: 'wechat',
  navigateToMiniProgram: 'wechat',
  openCustomerServiceChat: 'wechat',
  /**
   * Not documented as tap-only, but its first call asks for 相册 permission (and WeChat's privacy
   * popup): after a download that took seconds the prompt arrives out of nowhere. Download first,
   * then a tap saves.
   */
  saveImageToPhotosAlbum: 'ours',
  /** Opens the camera/album picker: it should answer a tap, not appear by itself. */
  chooseMedia: 'ours',
  chooseImage: 'ours',
} as const

export type TapBoundApi = keyof typeof TAP_BOUND

export function isTapBound(api: string): api is TapBoundApi {
  return Object.prototype.hasOwnProperty.call(TAP_BOUND, api)
}

/** Proof that code runs in the synchronous part of a tap handler. */
export interface Tap {
  readonly live: boolean
}

export class TapLost extends Error {
  constructor(readonly api: TapBoundApi) {
    super(
      `${api} must run directly in a tap handler (after an await WeChat refuses it): ` +
        'prepare first, then call it from the next tap (platform/tap.ts)',
    )
  }
}

/**
 * Wraps an event handler: `onClick={onTap((tap) => send(tap, file))}`. The tap is live until the
 * handler's synchronous part returns (an async handler: until its first await).
 */
export function onTap<E = unknown, R = void>(handler: (tap: Tap, event: E) => R): (event: E) => R {
  return (event: E) => {
    const tap = { live: true }
    try {
      return handler(tap, event)
    } finally {
      tap.live = false
    }
  }
}

/** Runs a tap-bound API call, refusing when the tap is gone. */
export function inTap<T>(tap: Tap, api: TapBoundApi, call: () => T): T {
  if (!tap.live) throw new TapLost(api)
  return call()
}

/**
 * The two-tap pattern as state: `prepare()` does the slow part (a cloud call, writing or downloading
 * a file) and ends `ready` with its result; `deliver(tap)` — called from the next tap — runs the
 * tap-bound call synchronously on that result. Pages render from `state`; `useTwoTap` wraps it.
 */
export type TwoTapState<P, R> =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'ready'; prepared: P }
  | { phase: 'delivering'; prepared: P }
  | { phase: 'done'; prepared: P; result: R }
  | { phase: 'failed'; error: unknown; prepared?: P }

export interface TwoTapSteps<A extends unknown[], P, R> {
  prepare(...args: A): Promise<P>
  /** Must start its tap-bound call before its first await (use `inTap`). */
  deliver(tap: Tap, prepared: P): Promise<R>
}

export interface TwoTap<A extends unknown[], P, R> {
  readonly state: TwoTapState<P, R>
  prepare(...args: A): Promise<P | null>
  deliver(tap: Tap): Promise<R | null>
  reset(): void
  subscribe(listener: () => void): () => void
}

export function twoTap<A extends unknown[], P, R>(steps: TwoTapSteps<A, P, R>): TwoTap<A, P, R> {
  let state: TwoTapState<P, R> = { phase: 'idle' }
  let run = 0
  const listeners = new Set<() => void>()
  const set = (next: TwoTapState<P, R>) => {
    state = next
    listeners.forEach((l) => l())
  }
  const preparedOf = (s: TwoTapState<P, R>) => ('prepared' in s ? s.prepared : undefined)
  return {
    get state() {
      return state
    },
    async prepare(...args) {
      const mine = ++run
      set({ phase: 'preparing' })
      try {
        const prepared = await steps.prepare(...args)
        if (mine === run) set({ phase: 'ready', prepared })
        return prepared
      } catch (error) {
        if (mine === run) set({ phase: 'failed', error })
        return null
      }
    },
    async deliver(tap) {
      const prepared = preparedOf(state)
      if (prepared === undefined || state.phase === 'preparing' || state.phase === 'delivering') return null
      let pending: Promise<R>
      try {
        // Synchronously, while the tap is live: the tap-bound call starts inside steps.deliver.
        pending = steps.deliver(tap, prepared)
      } catch (error) {
        set({ phase: 'failed', error, prepared })
        return null
      }
      set({ phase: 'delivering', prepared })
      try {
        const result = await pending
        set({ phase: 'done', prepared, result })
        return result
      } catch (error) {
        set({ phase: 'failed', error, prepared })
        return null
      }
    },
    reset() {
      run++
      set({ phase: 'idle' })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
