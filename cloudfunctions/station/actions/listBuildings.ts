import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { command } from '../../_kernel/query'

/** Buildings with their household counts: for the registration picker and the staff pages. */
export const listBuildings = actionsOf<'station'>(stationContract).station('listBuildings', {
  access: 'guest',
  async run(ctx) {
    const buildings = await ctx.db.buildings.findAll(
      {},
      [
        ['sort', 'asc'],
        ['name', 'asc'],
      ],
      2000,
    )
    const counts = await ctx.db.households.aggregate<{ _id: string; n: number }>((a) =>
      a.group({ _id: '$buildingId', n: command().aggregate.sum(1) }).limit(5000),
    )
    const byId = new Map(counts.map((c) => [c._id, c.n]))
    return {
      items: buildings.map((b) => ({
        buildingId: b._id,
        name: b.name,
        sort: b.sort,
        units: b.units,
        householdCount: byId.get(b._id) ?? 0,
      })),
    }
  },
})
