/**
 * The wish domain's figures, per station and per month (China calendar): wishes posted, marked
 * fulfilled, confirmed, and the points paid for them. A wish contributes by its own dates, so any
 * change to it (a reopened dispute takes its fulfilment back) is the difference of two
 * contributions, written in the same transaction as the change.
 */
import type { WishDoc } from '../../types/wish/entities'
import { sumChanges } from '../_kernel/counters'
import type { CounterChange, CounterDef, CounterRow } from '../_kernel/counters'
import type { ScopedDb } from '../_kernel/repo'
import { chinaDate } from '../_kernel/time'

export const WISH_TOTAL = 'wish'
export const WISH_BY_MONTH = 'wish.byMonth'

type Counted = Pick<WishDoc, 'createdAt' | 'fulfilledAt' | 'confirmedAt' | 'points'>

export const monthOf = (d: Date) => chinaDate(new Date(d)).slice(0, 7)

function contribution(wish: Counted, sign: 1 | -1): CounterChange[] {
  const at = (month: string, values: Record<string, number>): CounterChange[] => [
    { name: WISH_TOTAL, values },
    { name: WISH_BY_MONTH, dims: { month }, values },
  ]
  const changes = at(monthOf(wish.createdAt), { posted: sign })
  if (wish.fulfilledAt) changes.push(...at(monthOf(wish.fulfilledAt), { fulfilled: sign }))
  if (wish.confirmedAt)
    changes.push(...at(monthOf(wish.confirmedAt), { confirmed: sign, points: sign * (wish.points ?? 0) }))
  return changes
}

/** What changes when a wish goes from `before` to `after` (either may be absent). */
export function wishChanges(before: Counted | null, after: Counted | null): CounterChange[] {
  const rows = sumChanges([
    ...(before ? contribution(before, -1) : []),
    ...(after ? contribution(after, 1) : []),
  ])
  return rows.filter((r) => Object.values(r.values).some((v) => v !== 0))
}

export const wishCounters: CounterDef = {
  names: [WISH_TOTAL, WISH_BY_MONTH],
  async recount(db: ScopedDb): Promise<CounterRow[]> {
    const wishes = await db.wishes.findAll({}, [['_id', 'asc']], 200000)
    return sumChanges(wishes.flatMap((w) => contribution(w, 1)))
  },
}
