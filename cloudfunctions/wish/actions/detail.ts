import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { loadSettings } from '../settings'
import { callerOf, wishOr404 } from '../store'
import { detailOf } from '../views'

/** One wish as the caller may see it, with the moves open to them now. */
export const detail = actionsOf<'wish'>(wishContract).station('detail', {
  access: 'verified',
  proxy: true,
  async run(ctx, { wishId }) {
    const [wish, settings] = await Promise.all([
      wishOr404(ctx.db, wishId),
      loadSettings(ctx.db, ctx.station._id),
    ])
    return detailOf(ctx, wish, callerOf(ctx), settings)
  },
})
