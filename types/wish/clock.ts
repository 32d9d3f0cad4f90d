/**
 * The wish's timed moves, the clock's part of the state machine (cloudfunctions/wish/machine.ts):
 * the status each starts from and when it falls due. Pure, so the function and the demo seed set
 * `dueAt` by the same rule.
 */
import type { WishDoc, WishStatus } from './entities'
import type { WishSettings } from './views'

/** The clock's moves, in the order a run considers them. */
export const CLOCK_TRANSITIONS = ['expire', 'expireClaim', 'autoConfirm'] as const
export type ClockTransition = (typeof CLOCK_TRANSITIONS)[number]

/** The one status each timed move starts from: an open wish expires, an idle claim is released, a fulfilled wish confirms itself. */
export const CLOCK_FROM: Record<ClockTransition, WishStatus> = {
  expire: 'open',
  expireClaim: 'claimed',
  autoConfirm: 'fulfilled',
}

export type ClockSettings = Pick<WishSettings, 'claimTimeoutDays' | 'autoConfirmDays'>
type Timed = Pick<WishDoc, 'status' | 'neededByEnd' | 'progressAt' | 'fulfilledAt'>

const DAY = 24 * 3600 * 1000

/** When move `t` falls due for this wish (whatever its status); null when it cannot. */
export function timedAt(wish: Timed, t: ClockTransition, settings: ClockSettings): Date | null {
  if (t === 'expire') return new Date(wish.neededByEnd)
  if (t === 'expireClaim')
    return wish.progressAt
      ? new Date(new Date(wish.progressAt).getTime() + settings.claimTimeoutDays * DAY)
      : null
  return wish.fulfilledAt
    ? new Date(new Date(wish.fulfilledAt).getTime() + settings.autoConfirmDays * DAY)
    : null
}

/** When the wish's next timed move falls due (what the timer's query looks for); null when none. */
export function dueAt(wish: Timed, settings: ClockSettings): Date | null {
  for (const t of CLOCK_TRANSITIONS) {
    if (CLOCK_FROM[t] === wish.status) return timedAt(wish, t, settings)
  }
  return null
}
