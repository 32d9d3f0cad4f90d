import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { callerOf } from '../store'
import { cardsOf } from '../views'

/** Wishes I posted — or, acting as a stand-in, the person's — in every status, newest first. */
export const mine = actionsOf<'wish'>(wishContract).station('mine', {
  access: 'verified',
  proxy: true,
  async run(ctx, { skip, limit }) {
    const query = { wisherId: ctx.member!._id }
    const [total, wishes] = await Promise.all([
      ctx.db.wishes.count(query),
      ctx.db.wishes.find(query, {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      }),
    ])
    return pageOf(await cardsOf(ctx, wishes, callerOf(ctx)), total, skip, limit)
  },
})
