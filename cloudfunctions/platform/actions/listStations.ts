import { platformContract } from '../../../types/platform'
import { actionsOf } from '../../_kernel/action'
import { globalCollection } from '../../_kernel/repo'
import { checkAdminToken } from '../../_kernel/adminToken'

/** Every station of this deployment, with member counts. */
export const listStations = actionsOf<'platform'>(platformContract).global('listStations', {
  identity: 'none',
  async run(_ctx, { adminToken, skip, limit }) {
    checkAdminToken(adminToken)
    const stations = globalCollection('stations')
    const total = await stations.count()
    const page = await stations.find({}, { orderBy: [['createdAt', 'asc']], skip, limit })
    const items = await Promise.all(
      page.map(async (s) => ({
        stationId: s._id,
        code: s.code,
        name: s.name,
        memberCount: await globalCollection('members').count({ stationId: s._id, status: 'verified' }),
      })),
    )
    return { items, total, skip, limit, hasMore: skip + items.length < total }
  },
})
