import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import { globalCollection } from '../../_kernel/repo'
import { effectiveRoles } from '../../_kernel/roles'
import { toCard } from '../views'

/** Every station I belong to, for the station switcher. Reads only my own memberships. */
export const myStations = actionsOf<'station'>(stationContract).global('myStations', {
  async run(ctx) {
    const members = await globalCollection('members').find({
      openid: ctx.openid,
      status: inList(['pending', 'verified', 'rejected']),
    })
    if (members.length === 0) return { items: [] }
    const stations = await globalCollection('stations').find({
      _id: inList(members.map((m) => m.stationId)),
    })
    const byId = new Map(stations.map((s) => [s._id, s]))
    const items = members
      .filter((m) => byId.has(m.stationId))
      .map((m) => ({ ...toCard(byId.get(m.stationId)!), status: m.status, roles: [...effectiveRoles(m)] }))
    return { items }
  },
})
