import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { tellStaff } from '../notices'
import { moveWish } from '../store'
import { detailOf } from '../views'

/** The wisher says it did not come true: staff are told and decide (`resolve`). */
export const dispute = actionsOf<'wish'>(wishContract).station('dispute', {
  access: 'verified',
  proxy: true,
  label: '对心愿实现提出异议',
  async run(ctx, { wishId, reason }) {
    await checkTexts(ctx, [{ field: 'reason', text: reason }], SCENE.comment)
    const { next, changed, caller, settings } = await moveWish(ctx, wishId, 'dispute', { text: reason })
    if (changed) await tellStaff(ctx, next, ctx.actor!.name)
    return detailOf(ctx, next, caller, settings)
  },
})
