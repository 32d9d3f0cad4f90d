import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../../_kernel/roles'
import { detach } from '../../_kernel/storage'
import { tellClaimer, tellWisher } from '../notices'
import { moveWish } from '../store'
import { detailOf } from '../views'

/**
 * Staff settle a dispute: it was done after all (confirmed, the helper paid once), or it was not
 * (back on the wall for anyone to claim, the fulfilment photos let go). Audited.
 */
export const resolve = actionsOf<'wish'>(wishContract).station('resolve', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { wishId, decision, note }) {
    const t = decision === 'confirm' ? 'settle' : 'reopen'
    const { next, before, changed, caller, settings } = await moveWish(ctx, wishId, t, { text: note })
    if (changed) {
      await ctx.audit({
        action: 'wish.resolve',
        targetType: 'wish',
        targetId: wishId,
        summary: `处理心愿「${next.title}」的异议：${decision === 'confirm' ? '确认已实现' : '重新上墙'}（${note}）`,
      })
      if (t === 'settle') await tellClaimer(ctx, next)
      else {
        await detach(ctx, { itemType: 'wishFulfilment', itemId: wishId })
        await tellWisher(
          ctx,
          next,
          'wishReleased',
          before.claimedAt,
          { phrase2: '重新等待认领', thing3: note },
          `心愿「${next.title}」的异议已处理，重新等待认领`,
        )
      }
    }
    return detailOf(ctx, next, caller, settings)
  },
})
