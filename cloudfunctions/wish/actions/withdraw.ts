import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { moveWish } from '../store'
import { detailOf } from '../views'

/** The wisher takes back a wish nobody has claimed yet (staff may too, and are audited). */
export const withdraw = actionsOf<'wish'>(wishContract).station('withdraw', {
  access: 'verified',
  proxy: true,
  label: '撤回心愿',
  async run(ctx, { wishId }) {
    const { next, changed, caller, settings } = await moveWish(ctx, wishId, 'withdraw')
    if (changed && caller.memberId !== next.wisherId)
      await ctx.audit({
        action: 'wish.withdraw',
        targetType: 'wish',
        targetId: wishId,
        summary: `撤回了 ${next.wisherName} 的心愿「${next.title}」`,
      })
    return detailOf(ctx, next, caller, settings)
  },
})
