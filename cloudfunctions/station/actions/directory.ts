import type { MemberDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import { pageOf } from '../../_kernel/paging'
import { coveredBuildings, VERIFIER_ROLES } from '../scope'
import { forbidden, notFound } from '../../_kernel/errors'
import { isStaff } from '../../_kernel/roles'
import { householdLabel, toMemberRow } from '../views'

/**
 * Households of the buildings I cover, one building at a time (a building head's first building
 * by default), with who lives there, their verification state and masked phones.
 */
export const directory = actionsOf<'station'>(stationContract).station('directory', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { buildingId, unit, skip, limit }) {
    const buildings = await coveredBuildings(ctx)
    const building = buildingId ? buildings.find((b) => b._id === buildingId) : buildings[0]
    if (buildingId && !building) {
      // Staff cover every building here, so a building they cannot see is not this station's.
      throw isStaff(ctx.roles) ? notFound('没有找到这栋楼') : forbidden('您只能查看自己负责的楼栋')
    }
    if (!building) return pageOf([], 0, skip, limit)
    const filter = unit ? { buildingId: building._id, unit } : { buildingId: building._id }
    const total = await ctx.db.households.count(filter)
    const households = await ctx.db.households.find(filter, {
      orderBy: [
        ['unit', 'asc'],
        ['floor', 'asc'],
        ['room', 'asc'],
      ],
      skip,
      limit,
    })
    const members = households.length
      ? await ctx.db.members.findAll({
          householdId: inList(households.map((h) => h._id)),
          status: inList(['pending', 'verified', 'rejected']),
        })
      : []
    const byHousehold = new Map<string, MemberDoc[]>()
    for (const m of members) byHousehold.set(m.householdId!, [...(byHousehold.get(m.householdId!) ?? []), m])
    const items = households.map((h) => {
      const label = householdLabel(h, building)
      return { household: label, members: (byHousehold.get(h._id) ?? []).map((m) => toMemberRow(m, label)) }
    })
    return pageOf(items, total, skip, limit)
  },
})
