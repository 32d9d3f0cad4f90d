import { wishContract } from '../../../types/wish'
import type { WishMonth } from '../../../types/wish/views'
import { actionsOf } from '../../_kernel/action'
import { readCounters, valuesOf } from '../../_kernel/counters'
import { STAFF_ROLES } from '../../_kernel/roles'
import { monthOf, WISH_BY_MONTH, WISH_TOTAL, wishCounters } from '../counters'

const MONTHS = 12

/** The station's wish figures per month (from counters, never a scan) and what waits on staff now. */
export const stats = actionsOf<'wish'>(wishContract).station('stats', {
  access: { roles: STAFF_ROLES },
  async run(ctx) {
    const [counters, pendingReview, disputed] = await Promise.all([
      readCounters(ctx.db, wishCounters.names),
      ctx.db.wishes.count({ status: 'pending' }),
      ctx.db.wishes.count({ status: 'disputed' }),
    ])
    const figures = (values: Record<string, number>) => ({
      posted: values.posted ?? 0,
      fulfilled: values.fulfilled ?? 0,
      confirmed: values.confirmed ?? 0,
      points: values.points ?? 0,
    })
    const months: WishMonth[] = lastMonths(ctx.now, MONTHS).map((month) => ({
      month,
      ...figures(valuesOf(counters, WISH_BY_MONTH, { month })),
    }))
    return { months, total: figures(valuesOf(counters, WISH_TOTAL)), pendingReview, disputed }
  },
})

/** This month and the ones before it, newest first (China calendar). */
function lastMonths(now: Date, n: number): string[] {
  const [year, month] = monthOf(now).split('-').map(Number)
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - i, 1))
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
  })
}
