import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { command, inList } from '../../_kernel/query'
import { TALLY } from '../counters'
import { monthOf } from '../rules'

const TOP = 10

/**
 * 光荣榜: the station's top volunteers this month or all time, by confirmed hours or by points
 * earned serving (each member's tally, read with one sorted, indexed query), and the 红旗好人
 * staff featured.
 */
export const honourRoll = actionsOf<'volunteer'>(volunteerContract).station('honourRoll', {
  access: 'guest',
  async run(ctx, { period, by }) {
    const month = monthOf(ctx.now)
    const key = period === 'month' ? month : 'all'
    const field = by === 'hours' ? 'values.minutes' : 'values.points'
    const tallies = await ctx.db.counters.find(
      { name: TALLY, 'dims.period': key, [field]: command().gt(0) },
      {
        orderBy: [
          [field, 'desc'],
          ['_id', 'asc'],
        ],
        limit: TOP,
      },
    )
    const ids = tallies.map((t) => t.dims.memberId as string)
    const [people, featured] = await Promise.all([
      ids.length ? ctx.db.members.find({ _id: inList(ids) }, { limit: TOP }) : [],
      ctx.db.featuredNeighbours.find(period === 'month' ? { month } : {}, {
        orderBy: [
          ['month', 'desc'],
          ['createdAt', 'desc'],
        ],
        limit: 6,
      }),
    ])
    const names = new Map(people.map((p) => [p._id, p.name]))
    return {
      period: key,
      by,
      entries: tallies.map((t, i) => ({
        rank: i + 1,
        memberId: t.dims.memberId as string,
        name: names.get(t.dims.memberId as string) ?? '（已迁出）',
        minutes: t.values.minutes ?? 0,
        points: t.values.points ?? 0,
        attendances: t.values.attendances ?? 0,
      })),
      featured: featured.map((f) => ({ featuredId: f._id, name: f.name, story: f.story, month: f.month })),
    }
  },
})
