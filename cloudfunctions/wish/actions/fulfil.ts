import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { replace } from '../../_kernel/storage'
import { checkImages, checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { transition } from '../machine'
import { loadSettings } from '../settings'
import { applyMove, callerOf, wishOr404 } from '../store'
import { tellWisher } from '../notices'
import { detailOf } from '../views'

/**
 * The claimer marks the wish done, with a note and at least one photo. The machine is asked
 * first, so photos are only taken on for a move that may happen; the wisher is told to confirm.
 */
export const fulfil = actionsOf<'wish'>(wishContract).station('fulfil', {
  access: 'verified',
  async run(ctx, { wishId, note, images }) {
    const caller = callerOf(ctx)
    const [wish, settings] = await Promise.all([
      wishOr404(ctx.db, wishId),
      loadSettings(ctx.db, ctx.station._id),
    ])
    if (!transition(wish, 'fulfil', caller, ctx.now, settings, { text: note, images }).changed)
      return detailOf(ctx, wish, caller, settings)
    await checkTexts(ctx, [{ field: 'note', text: note }], SCENE.social)
    const scope = { stationId: ctx.station._id, now: ctx.now, settings }
    const spec = { kind: 'fulfilment' as const, itemType: 'wishFulfilment', itemId: wishId }
    const { next, changed } = await replace(ctx, images, spec, () =>
      applyMove(ctx.db, scope, wish, 'fulfil', caller, { text: note, images }),
    )
    if (changed) {
      await checkImages(
        ctx,
        await ctx.db.files.find({ itemType: spec.itemType, itemId: wishId }, { limit: 10 }),
        SCENE.social,
      )
      await tellWisher(
        ctx,
        next,
        'wishFulfilled',
        next.fulfilledAt,
        { thing2: next.claimerName, thing3: '请确认是否已实现' },
        `心愿「${next.title}」已由 ${next.claimerName} 完成，等待确认`,
      )
    }
    return detailOf(ctx, next, caller, settings)
  },
})
