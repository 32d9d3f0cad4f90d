import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { tellWisher } from '../notices'
import { moveWish } from '../store'
import { detailOf } from '../views'

/**
 * A volunteer or party member takes on an open wish. Of many helpers tapping at once exactly
 * one wins (a conditional update on the wish); the rest are told 已被认领. Claiming again what
 * is already mine answers the same (a repeated tap). The wisher is told who is coming.
 */
export const claim = actionsOf<'wish'>(wishContract).station('claim', {
  access: 'verified',
  async run(ctx, { wishId }) {
    const { next, changed, caller, settings } = await moveWish(ctx, wishId, 'claim')
    if (changed)
      await tellWisher(
        ctx,
        next,
        'wishClaimed',
        next.claimedAt,
        { thing2: next.claimerName, thing3: '认领人会尽快联系您' },
        `心愿「${next.title}」被 ${next.claimerName} 认领`,
      )
    return detailOf(ctx, next, caller, settings)
  },
})
