import type { WishDoc } from '../../../types/wish/entities'
import { wishContract } from '../../../types/wish'
import type { WishSettings } from '../../../types/wish/views'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { isDuplicateKey } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'
import { dueAt } from '../machine'
import { settingsId } from '../settings'

/**
 * Staff set the station's rules: days an idle claim may sit, days before a fulfilled wish confirms
 * itself, points per wish. Wishes already claimed or fulfilled follow the new days from now on
 * (their due times are worked out again). Audited.
 */
export const saveSettings = actionsOf<'wish'>(wishContract).station('saveSettings', {
  access: { roles: STAFF_ROLES },
  async run(ctx, input) {
    const id = settingsId(ctx.station._id)
    const values = { ...input, updatedById: ctx.member!._id, updatedAt: ctx.now }
    if (!(await ctx.db.wishSettings.updateById(id, values))) {
      try {
        await ctx.db.wishSettings.insert({ _id: id, ...values })
      } catch (err) {
        // Two staff saving at once: the other created it; this save is the later word.
        if (!isDuplicateKey(err)) throw err
        await ctx.db.wishSettings.updateById(id, values)
      }
    }
    await rescheduleTimed(ctx, input)
    await ctx.audit({
      action: 'wish.saveSettings',
      targetType: 'wishSettings',
      targetId: id,
      summary: `心愿设置：认领${input.claimTimeoutDays}天无进展释放，完成${input.autoConfirmDays}天后自动确认，每个心愿${input.pointsPerWish}积分`,
    })
    return { ...input }
  },
})

async function rescheduleTimed(ctx: StationCtx, settings: WishSettings) {
  const active = await ctx.db.wishes.findAll(
    { status: inList(['claimed', 'fulfilled']) },
    [['_id', 'asc']],
    20000,
  )
  for (const wish of active) {
    const at = dueAt(wish as WishDoc, settings)
    if (timeOf(at) !== timeOf(wish.dueAt))
      await ctx.db.wishes.updateById(wish._id, { dueAt: at }, { status: wish.status })
  }
}

const timeOf = (d: Date | null) => (d ? new Date(d).getTime() : null)
