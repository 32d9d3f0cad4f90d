import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'
import { createRooms } from '../housing'
import type { RoomSpec } from '../housing'

/** One call to set up a compound's grid, e.g. 9 buildings x 4 units x 18 floors x 2 rooms. */
export const MAX_ROOMS_PER_CALL = 5000

export const createBuildings = actionsOf<'station'>(stationContract).station('createBuildings', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { names, units, floors, roomsPerFloor }) {
    const unique = [...new Set(names)]
    const total = unique.length * units * floors * roomsPerFloor
    if (total > MAX_ROOMS_PER_CALL)
      throw invalid('floors', `一次最多生成${MAX_ROOMS_PER_CALL}户，当前是${total}户，请分批生成`)
    const specs: RoomSpec[] = []
    for (const building of unique) {
      for (let unit = 1; unit <= units; unit++) {
        for (let floor = 1; floor <= floors; floor++) {
          for (let i = 1; i <= roomsPerFloor; i++)
            specs.push({ building, unit, floor, room: `${floor}${String(i).padStart(2, '0')}` })
        }
      }
    }
    const result = await createRooms(ctx.db, specs, ctx.now)
    await ctx.audit({
      action: 'station.createBuildings',
      targetType: 'station',
      targetId: ctx.station._id,
      summary: `批量生成 ${unique.join('、')}：新增${result.buildingsCreated}栋、${result.householdsCreated}户（已存在${result.skipped}户）`,
    })
    return result
  },
})
