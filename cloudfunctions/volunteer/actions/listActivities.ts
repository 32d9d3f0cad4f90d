import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import type { Sort } from '../../_kernel/repo'
import { cardsOf } from '../detail'

const WEEK = 7 * 24 * 3600 * 1000

/**
 * Activities residents browse: upcoming (and cancelled ones still ahead, so those signed up see
 * it), past, or this week's (the station home). Drafts never appear here.
 */
export const listActivities = actionsOf<'volunteer'>(volunteerContract).station('listActivities', {
  access: 'guest',
  async run(ctx, { when, skip, limit }) {
    const now = ctx.now
    const filters = {
      upcoming: { status: inList(['published', 'ongoing', 'cancelled']), endAt: command().gte(now) },
      week: {
        status: inList(['published', 'ongoing']),
        endAt: command().gte(now),
        startAt: command().lt(new Date(now.getTime() + WEEK)),
      },
      past: { status: inList(['published', 'ongoing', 'finished']), endAt: command().lt(now) },
    }
    const orderBy: Sort = when === 'past' ? [['startAt', 'desc']] : [['startAt', 'asc']]
    const filter = filters[when]
    const [items, total] = await Promise.all([
      ctx.db.activities.find(filter, { orderBy, skip, limit }),
      ctx.db.activities.count(filter),
    ])
    return pageOf(await cardsOf(ctx, items), total, skip, limit)
  },
})
