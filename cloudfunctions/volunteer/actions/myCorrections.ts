import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { toCorrection } from '../views'

/** My hours-correction requests and what staff decided, newest first. */
export const myCorrections = actionsOf<'volunteer'>(volunteerContract).station('myCorrections', {
  access: 'verified',
  async run(ctx, { skip, limit }) {
    const mine = { memberId: ctx.member!._id }
    const [items, total] = await Promise.all([
      ctx.db.corrections.find(mine, { orderBy: [['createdAt', 'desc']], skip, limit }),
      ctx.db.corrections.count(mine),
    ])
    return pageOf(items.map(toCorrection), total, skip, limit)
  },
})
