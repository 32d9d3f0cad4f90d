import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../../_kernel/roles'
import { moveWish } from '../store'
import { detailOf } from '../views'

/** Staff put a wish on the wall, or turn it down with a reason the wisher reads. Audited. */
export const review = actionsOf<'wish'>(wishContract).station('review', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { wishId, decision, reason }) {
    const t = decision === 'approve' ? 'approve' : 'reject'
    const { next, changed, caller, settings } = await moveWish(ctx, wishId, t, { text: reason })
    if (changed)
      await ctx.audit({
        action: 'wish.review',
        targetType: 'wish',
        targetId: wishId,
        summary:
          decision === 'approve'
            ? `通过了心愿「${next.title}」，已上心愿墙`
            : `退回了心愿「${next.title}」：${reason}`,
      })
    return detailOf(ctx, next, caller, settings)
  },
})
