import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { toVoucher } from '../views'

/** My vouchers, newest first, each with its code (shown as a QR at the counter) and state. */
export const myVouchers = actionsOf<'volunteer'>(volunteerContract).station('myVouchers', {
  access: 'verified',
  async run(ctx, { skip, limit }) {
    const mine = { memberId: ctx.member!._id }
    const [items, total] = await Promise.all([
      ctx.db.redemptions.find(mine, {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      }),
      ctx.db.redemptions.count(mine),
    ])
    return pageOf(
      items.map((v) => toVoucher(v, ctx.now)),
      total,
      skip,
      limit,
    )
  },
})
