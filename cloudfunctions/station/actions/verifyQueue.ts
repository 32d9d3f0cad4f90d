import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import type { Sort } from '../../_kernel/repo'
import { buildingFilter, VERIFIER_ROLES } from '../scope'
import { memberPage } from '../memberRows'

/** Registrations waiting for me: a building head sees only their buildings; oldest first. */
export const verifyQueue = actionsOf<'station'>(stationContract).station('verifyQueue', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { status, buildingId, skip, limit }) {
    const filter = { status, ...buildingFilter(ctx, buildingId) }
    // An empty queue would suggest the building exists here and has no one waiting.
    if (buildingId && !(await ctx.db.buildings.byId(buildingId))) throw notFound('没有找到这栋楼')
    const pending = status === 'pending'
    // The oldest waiting registration first; decided ones newest first.
    const order: Sort = [
      [pending ? 'createdAt' : 'updatedAt', pending ? 'asc' : 'desc'],
      ['_id', 'asc'],
    ]
    return memberPage(ctx, filter, order, skip, limit)
  },
})
