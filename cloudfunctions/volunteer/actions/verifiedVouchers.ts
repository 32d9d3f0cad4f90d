import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command } from '../../_kernel/query'
import { MERCHANT_ROLES, providerOf } from '../access'
import { toVoucher } from '../views'

/** Vouchers the caller's provider (staff: every provider) has verified, newest first. */
export const verifiedVouchers = actionsOf<'volunteer'>(volunteerContract).station('verifiedVouchers', {
  access: { roles: MERCHANT_ROLES },
  async run(ctx, { skip, limit }) {
    const provider = providerOf(ctx)
    const filter = { status: 'used', usedAt: command().neq(null), ...(provider === null ? {} : { provider }) }
    const [items, total] = await Promise.all([
      ctx.db.redemptions.find(filter, {
        orderBy: [
          ['usedAt', 'desc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      }),
      ctx.db.redemptions.count(filter),
    ])
    return pageOf(
      items.map((v) => toVoucher(v, ctx.now)),
      total,
      skip,
      limit,
    )
  },
})
