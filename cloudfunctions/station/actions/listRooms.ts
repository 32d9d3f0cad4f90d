import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'

/** Rooms of one unit, for choosing my home. Says nothing about who lives there. */
export const listRooms = actionsOf<'station'>(stationContract).station('listRooms', {
  access: 'guest',
  async run(ctx, { buildingId, unit }) {
    if (!(await ctx.db.buildings.byId(buildingId)))
      throw invalid('buildingId', '没有找到这栋楼，请重新选择楼栋')
    const rooms = await ctx.db.households.findAll(
      { buildingId, unit },
      [
        ['floor', 'asc'],
        ['room', 'asc'],
      ],
      5000,
    )
    return { items: rooms.map((h) => ({ householdId: h._id, room: h.room, floor: h.floor })) }
  },
})
