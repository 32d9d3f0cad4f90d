import { stationContract } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { database } from '../../_kernel/cloud'
import { command, inList } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'
import { memberPage } from '../memberRows'
import { buildingNameMatches, parseRoomQuery } from '../roomQuery'

/** Staff find a person by name (or part of it), or by their room ("301", "1栋1单元301"). */
export const searchMembers = actionsOf<'station'>(stationContract).station('searchMembers', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { q, skip, limit }) {
    const filter: Record<string, unknown> = {
      status: inList(['pending', 'verified', 'rejected']),
      offline: command().neq(true),
    }
    const query = q ? await matching(ctx, q) : null
    return memberPage(
      ctx,
      query ? command().and([filter, query]) : filter,
      [
        ['name', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit,
    )
  },
})

/** Name contains q, or (when q reads as a room) the member lives in a matching room. */
async function matching(ctx: StationCtx, q: string) {
  const byName = { name: database().RegExp({ regexp: escapeRegExp(q), options: 'i' }) }
  const homes = await householdsFor(ctx, q)
  return homes.length > 0 ? command().or([byName, { householdId: inList(homes) }]) : byName
}

async function householdsFor(ctx: StationCtx, q: string): Promise<string[]> {
  const room = parseRoomQuery(q)
  if (!room) return []
  const filter: Record<string, unknown> = { room: room.room }
  if (room.unit !== null) filter.unit = room.unit
  if (room.building !== null) {
    const buildings = await ctx.db.buildings.findAll({}, [['sort', 'asc']], 5000)
    const ids = buildings.filter((b) => buildingNameMatches(b.name, room.building!)).map((b) => b._id)
    if (ids.length === 0) return []
    filter.buildingId = inList(ids)
  }
  return (await ctx.db.households.find(filter, { limit: 200, fields: { _id: true } })).map((h) => h._id)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
