import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { MERCHANT_ROLES, providerOf } from '../access'
import { rewardViews } from '../rewards'

/** Rewards the caller runs, withdrawn and expired ones too: staff every provider's, a merchant their own. */
export const manageRewards = actionsOf<'volunteer'>(volunteerContract).station('manageRewards', {
  access: { roles: MERCHANT_ROLES },
  async run(ctx, { skip, limit }) {
    const provider = providerOf(ctx)
    const filter = provider === null ? {} : { provider }
    const [items, total] = await Promise.all([
      ctx.db.rewards.find(filter, {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      }),
      ctx.db.rewards.count(filter),
    ])
    return pageOf(await rewardViews(ctx, items), total, skip, limit)
  },
})
