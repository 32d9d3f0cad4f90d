import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { readCounters, valuesOf } from '../../_kernel/counters'
import type { Values } from '../../_kernel/counters'
import { STAFF_ROLES } from '../../_kernel/roles'
import { HOURS_BY_MONTH, REWARDS_BY_MONTH } from '../counters'

/**
 * The station's figures from its counters: confirmed service, points awarded and spent, vouchers,
 * per month (the last twelve shown) and in total (every month added up).
 */
export const volunteerStats = actionsOf<'volunteer'>(volunteerContract).station('volunteerStats', {
  access: { roles: STAFF_ROLES },
  async run(ctx) {
    const rows = await readCounters(ctx.db, [HOURS_BY_MONTH, REWARDS_BY_MONTH])
    const total = (name: string, field: string) =>
      rows.filter((r) => r.name === name).reduce((n, r) => n + (r.values[field] ?? 0), 0)
    const months = [...new Set(rows.map((r) => r.dims.month as string))].sort().reverse().slice(0, 12)
    return {
      total: {
        minutes: total(HOURS_BY_MONTH, 'minutes'),
        points: total(HOURS_BY_MONTH, 'points'),
        attendances: total(HOURS_BY_MONTH, 'attendances'),
      },
      rewards: {
        vouchers: total(REWARDS_BY_MONTH, 'vouchers'),
        pointsSpent: total(REWARDS_BY_MONTH, 'pointsSpent'),
        used: total(REWARDS_BY_MONTH, 'used'),
      },
      months: months.map((month) => {
        const h: Values = valuesOf(rows, HOURS_BY_MONTH, { month })
        const r: Values = valuesOf(rows, REWARDS_BY_MONTH, { month })
        return {
          month,
          minutes: h.minutes ?? 0,
          points: h.points ?? 0,
          attendances: h.attendances ?? 0,
          vouchers: r.vouchers ?? 0,
          pointsSpent: r.pointsSpent ?? 0,
        }
      }),
    }
  },
})
