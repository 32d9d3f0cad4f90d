import { stationInputs } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { pageOf } from '../../_kernel/paging'
import { labelsFor } from '../households'
import { buildingFilter, VERIFIER_ROLES } from '../scope'
import { toMemberRow } from '../views'

/** Registrations waiting for me: a building head sees only their buildings; oldest first. */
export const verifyQueue = actionsOf<'station'>(stationInputs).station('verifyQueue', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { status, buildingId, skip, limit }) {
    const filter = { status, ...buildingFilter(ctx, buildingId) }
    // An empty queue would suggest the building exists here and has no one waiting.
    if (buildingId && !(await ctx.db.buildings.byId(buildingId))) throw notFound('没有找到这栋楼')
    const total = await ctx.db.members.count(filter)
    const members = await ctx.db.members.find(filter, {
      orderBy: [
        [status === 'pending' ? 'createdAt' : 'updatedAt', status === 'pending' ? 'asc' : 'desc'],
        ['_id', 'asc'],
      ],
      skip,
      limit,
    })
    const labels = await labelsFor(
      ctx.db,
      members.map((m) => m.householdId),
    )
    return pageOf(
      members.map((m) => toMemberRow(m, m.householdId ? (labels.get(m.householdId) ?? null) : null)),
      total,
      skip,
      limit,
    )
  },
})
