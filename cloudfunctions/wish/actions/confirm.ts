import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { tellClaimer } from '../notices'
import { moveWish } from '../store'
import { detailOf } from '../views'

/**
 * The wisher (or their stand-in, or staff for someone who cannot) agrees it came true: the helper
 * is paid through the points ledger in the same transaction, once per wish — a repeated confirm,
 * or one racing the clock's auto-confirm, pays nothing more. A thank-you may come along.
 */
export const confirm = actionsOf<'wish'>(wishContract).station('confirm', {
  access: 'verified',
  proxy: true,
  label: '确认心愿实现',
  async run(ctx, { wishId, thanks }) {
    if (thanks) await checkTexts(ctx, [{ field: 'thanks', text: thanks }], SCENE.social)
    const { next, changed, caller, settings } = await moveWish(ctx, wishId, 'confirm', { text: thanks })
    if (changed) {
      if (caller.memberId !== next.wisherId)
        await ctx.audit({
          action: 'wish.confirm',
          targetType: 'wish',
          targetId: wishId,
          summary: `替 ${next.wisherName} 确认心愿「${next.title}」已实现`,
        })
      await tellClaimer(ctx, next)
    }
    return detailOf(ctx, next, caller, settings)
  },
})
