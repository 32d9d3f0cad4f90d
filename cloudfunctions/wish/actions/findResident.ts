import type { MemberDoc } from '../../../types/entities'
import { wishContract } from '../../../types/wish'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { database } from '../../_kernel/cloud'
import { inList } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'

/**
 * Staff find the resident they post a wish for, by name — people registered without a phone
 * (served through 代办) included, as they are who staff post for. Names and rooms only.
 */
export const findResident = actionsOf<'wish'>(wishContract).station('findResident', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { q }) {
    const name = database().RegExp({ regexp: q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' })
    const people = await ctx.db.members.find(
      { name, status: 'verified', householdId: database().command.neq(null) },
      {
        orderBy: [
          ['name', 'asc'],
          ['_id', 'asc'],
        ],
        limit: 20,
      },
    )
    const labels = await householdLabels(ctx, people)
    return {
      items: people.map((m) => ({
        memberId: m._id,
        name: m.name,
        household: labels.get(m.householdId!) ?? '',
        offline: m.offline,
      })),
    }
  },
})

async function householdLabels(ctx: StationCtx, people: MemberDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(people.map((m) => m.householdId!))]
  if (ids.length === 0) return new Map()
  const households = await ctx.db.households.find({ _id: inList(ids) }, { limit: ids.length })
  const buildingIds = [...new Set(households.map((h) => h.buildingId))]
  const buildings = new Map(
    (await ctx.db.buildings.find({ _id: inList(buildingIds) }, { limit: buildingIds.length })).map((b) => [
      b._id,
      b.name,
    ]),
  )
  return new Map(households.map((h) => [h._id, `${buildings.get(h.buildingId) ?? ''}${h.unit}单元${h.room}`]))
}
