import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { moveWish } from '../store'
import { detailOf } from '../views'

/** The wisher's thank-you, shown on the wall with the wish that came true (once). */
export const thank = actionsOf<'wish'>(wishContract).station('thank', {
  access: 'verified',
  proxy: true,
  label: '感谢心愿认领人',
  async run(ctx, { wishId, thanks }) {
    await checkTexts(ctx, [{ field: 'thanks', text: thanks }], SCENE.social)
    const { next, caller, settings } = await moveWish(ctx, wishId, 'thank', { text: thanks })
    return detailOf(ctx, next, caller, settings)
  },
})
