import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { readCounters, valuesOf } from '../../_kernel/counters'
import { STAFF_ROLES } from '../../_kernel/roles'
import { HOURS, HOURS_BY_MONTH, REWARDS, REWARDS_BY_MONTH } from '../counters'

/** The station's figures from its counters: confirmed service, points awarded and spent, vouchers. */
export const volunteerStats = actionsOf<'volunteer'>(volunteerContract).station('volunteerStats', {
  access: { roles: STAFF_ROLES },
  async run(ctx) {
    const rows = await readCounters(ctx.db, [HOURS, HOURS_BY_MONTH, REWARDS, REWARDS_BY_MONTH])
    const hours = valuesOf(rows, HOURS)
    const rewards = valuesOf(rows, REWARDS)
    const months = [...new Set(rows.filter((r) => r.dims.month).map((r) => r.dims.month as string))]
      .sort()
      .reverse()
      .slice(0, 12)
    return {
      total: { minutes: hours.minutes ?? 0, points: hours.points ?? 0, attendances: hours.attendances ?? 0 },
      rewards: {
        vouchers: rewards.vouchers ?? 0,
        pointsSpent: rewards.pointsSpent ?? 0,
        used: rewards.used ?? 0,
      },
      months: months.map((month) => {
        const h = valuesOf(rows, HOURS_BY_MONTH, { month })
        const r = valuesOf(rows, REWARDS_BY_MONTH, { month })
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
