import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { MERCHANT_ROLES, providerOf } from '../access'
import { rewardPage } from '../rewards'

/** Rewards the caller runs, withdrawn and expired ones too: staff every provider's, a merchant their own. */
export const manageRewards = actionsOf<'volunteer'>(volunteerContract).station('manageRewards', {
  access: { roles: MERCHANT_ROLES },
  async run(ctx, { skip, limit }) {
    const provider = providerOf(ctx)
    const filter = provider === null ? {} : { provider }
    return rewardPage(ctx, filter, skip, limit)
  },
})
