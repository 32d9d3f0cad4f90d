import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { STAFF_ROLES } from '../../_kernel/roles'
import { toCorrection } from '../views'

/** Staff's queue of hours corrections (waiting by default), newest first. */
export const correctionQueue = actionsOf<'volunteer'>(volunteerContract).station('correctionQueue', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { status, skip, limit }) {
    const [items, total] = await Promise.all([
      ctx.db.corrections.find({ status }, { orderBy: [['createdAt', 'desc']], skip, limit }),
      ctx.db.corrections.count({ status }),
    ])
    return pageOf(items.map(toCorrection), total, skip, limit)
  },
})
