import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { moveWish } from '../store'
import { detailOf } from '../views'

/** The claimer tells the wisher how it is going; the claim's idle clock starts again. */
export const progress = actionsOf<'wish'>(wishContract).station('progress', {
  access: 'verified',
  async run(ctx, { wishId, note }) {
    await checkTexts(ctx, [{ field: 'note', text: note }], SCENE.comment)
    const { next, caller, settings } = await moveWish(ctx, wishId, 'progress', { text: note })
    return detailOf(ctx, next, caller, settings)
  },
})
