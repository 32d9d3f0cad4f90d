import { postedWish } from '../../../types/wish/posted'
import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { bump } from '../../_kernel/counters'
import { forbidden } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { replace } from '../../_kernel/storage'
import { chinaDayEnd } from '../../_kernel/time'
import { checkImages, checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { wishChanges } from '../counters'
import { dueAt } from '../machine'
import { checkNeededBy, contactOf, wisherOf } from '../posting'
import { loadSettings } from '../settings'
import { callerOf } from '../store'
import { detailOf } from '../views'

/**
 * A wish goes up: by the wisher, by their stand-in (代办, acting for them), or by staff for a
 * resident without a phone. Texts pass content security before anything is written; images are
 * the caller's own uploads. The wish waits for staff review — unless staff posted it themselves.
 * Contact and exact address are stored apart (`wishContacts`) from what the wall reads.
 */
export const post = actionsOf<'wish'>(wishContract).station('post', {
  access: 'verified',
  proxy: true,
  label: '发布心愿',
  async run(ctx, input) {
    const { wisher, via } = await wisherOf(ctx, input.forMemberId)
    checkNeededBy(input.neededBy, ctx.now)
    const household = wisher.householdId ? await ctx.db.households.byId(wisher.householdId) : null
    const building = household ? await ctx.db.buildings.byId(household.buildingId) : null
    if (!household || !building) throw forbidden('登记了房屋的居民才能发布心愿')
    const contact = contactOf(ctx, wisher, via, input.contactPhone)
    const { review } = await checkTexts(
      ctx,
      [
        { field: 'title', text: input.title },
        { field: 'description', text: input.description },
        { field: 'addressNote', text: input.addressNote },
      ],
      SCENE.social,
    )
    const settings = await loadSettings(ctx.db, ctx.station._id)
    const wishId = newId()
    const wish = postedWish(
      {
        _id: wishId,
        stationId: ctx.station._id,
        title: input.title,
        description: input.description,
        category: input.category,
        neededBy: input.neededBy,
        neededByEnd: chinaDayEnd(input.neededBy),
        buildingId: building._id,
        buildingName: building.name,
        wisherId: wisher._id,
        wisherName: wisher.name,
        postedById: ctx.actor!._id,
        postedVia: via,
        images: input.images,
        // Staff reviewing is the step; staff posting for someone has taken it.
        status: via === 'staff' ? 'open' : 'pending',
        reviewedById: via === 'staff' ? ctx.actor!._id : null,
        reviewedAt: via === 'staff' ? ctx.now : null,
        flagged: review,
      },
      ctx.now,
    )
    wish.dueAt = dueAt(wish, settings)
    const address = `${building.name}${household.unit}单元${household.room}${input.addressNote ? `（${input.addressNote}）` : ''}`
    await replace(ctx, input.images, { kind: 'wish', itemType: 'wish', itemId: wishId }, () =>
      ctx.transaction(async (tx) => {
        const { stationId: _s, ...doc } = wish
        await tx.insert('wishes', doc)
        await tx.insert('wishContacts', { _id: wishId, ...contact, address, createdAt: ctx.now })
        await bump(tx, wishChanges(null, wish))
      }),
    )
    if (input.images.length > 0)
      await checkImages(
        ctx,
        await ctx.db.files.find({ itemType: 'wish', itemId: wishId }, { limit: 10 }),
        SCENE.social,
      )
    if (via === 'staff')
      await ctx.audit({
        action: 'wish.post',
        targetType: 'wish',
        targetId: wishId,
        summary: `替 ${wisher.name} 发布了心愿「${wish.title}」`,
      })
    return detailOf(ctx, wish, callerOf(ctx), settings)
  },
})
