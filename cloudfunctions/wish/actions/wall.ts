import type { WishStatus } from '../../../types/wish/entities'
import { wishContract } from '../../../types/wish'
import type { WishWallFilter } from '../../../types/wish/views'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import type { Sort } from '../../_kernel/repo'
import { callerOf } from '../store'
import { cardsOf } from '../views'

/** What each of the wall's views holds (a dispute stays with the claimed ones, shown as 已认领). */
export const WALL_STATUSES: Record<WishWallFilter, WishStatus[]> = {
  open: ['open'],
  claimed: ['claimed', 'disputed'],
  fulfilled: ['fulfilled', 'confirmed'],
}

/**
 * The station's 心愿墙: open wishes (soonest needed first; one whose day has passed is gone even
 * before the clock marks it expired), the ones being helped, the ones that came true (latest
 * first, with their thank-yous). Filters by category and building. Cards only: no wisher, no
 * contact, no exact address. Reads: a count, a page, the images' records.
 */
export const wall = actionsOf<'wish'>(wishContract).station('wall', {
  access: 'verified',
  proxy: true,
  async run(ctx, { filter, category, buildingId, skip, limit }) {
    const query: Record<string, unknown> = { status: inList(WALL_STATUSES[filter]) }
    if (filter === 'open') query.neededByEnd = command().gt(ctx.now)
    if (category) query.category = category
    if (buildingId) query.buildingId = buildingId
    const orderBy: Sort =
      filter === 'open'
        ? [
            ['neededByEnd', 'asc'],
            ['_id', 'asc'],
          ]
        : [
            ['updatedAt', 'desc'],
            ['_id', 'asc'],
          ]
    const [total, wishes] = await Promise.all([
      ctx.db.wishes.count(query),
      ctx.db.wishes.find(query, { orderBy, skip, limit }),
    ])
    return pageOf(await cardsOf(ctx, wishes, callerOf(ctx)), total, skip, limit)
  },
})
