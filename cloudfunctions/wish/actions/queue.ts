import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { STAFF_ROLES } from '../../_kernel/roles'
import { loadSettings } from '../settings'
import { callerOf } from '../store'
import { detailsOf } from '../views'

/** Staff's work: wishes waiting for review, or disputes waiting for a decision — oldest first. */
export const queue = actionsOf<'wish'>(wishContract).station('queue', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { status, skip, limit }) {
    const query = { status }
    const [total, wishes, settings] = await Promise.all([
      ctx.db.wishes.count(query),
      ctx.db.wishes.find(query, {
        orderBy: [
          ['updatedAt', 'asc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      }),
      loadSettings(ctx.db, ctx.station._id),
    ])
    return pageOf(await detailsOf(ctx, wishes, callerOf(ctx), settings), total, skip, limit)
  },
})
