import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { callerOf } from '../store'
import { cardsOf } from '../views'

/** Wishes I claimed and still hold, or fulfilled: the latest change first. */
export const myClaims = actionsOf<'wish'>(wishContract).station('myClaims', {
  access: 'verified',
  async run(ctx, { skip, limit }) {
    const query = { claimerId: ctx.member!._id }
    const [total, wishes] = await Promise.all([
      ctx.db.wishes.count(query),
      ctx.db.wishes.find(query, {
        orderBy: [
          ['updatedAt', 'desc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      }),
    ])
    return pageOf(await cardsOf(ctx, wishes, callerOf(ctx)), total, skip, limit)
  },
})
