import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { tellWisher } from '../notices'
import { moveWish } from '../store'
import { detailOf } from '../views'

/** The claimer gives a wish back: it returns to the wall, and the wisher is told. */
export const release = actionsOf<'wish'>(wishContract).station('release', {
  access: 'verified',
  async run(ctx, { wishId, reason }) {
    const { next, before, changed, caller, settings } = await moveWish(ctx, wishId, 'release')
    if (changed)
      await tellWisher(
        ctx,
        next,
        'wishReleased',
        before.claimedAt,
        { phrase2: '重新等待认领', thing3: reason || `${before.claimerName}暂时无法完成` },
        `${before.claimerName} 放弃了心愿「${next.title}」，已重新等待认领`,
      )
    return detailOf(ctx, next, caller, settings)
  },
})
