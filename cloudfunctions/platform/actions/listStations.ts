import type { StationDoc } from '../../../types/entities'
import { platformInputs } from '../../../types/platform'
import { actionsOf } from '../../_kernel/action'
import { globalCollection } from '../../_kernel/repo'
import { checkAdminToken } from '../adminToken'

/** Every station of this deployment, with member counts. */
export const listStations = actionsOf<'platform'>(platformInputs).global('listStations', {
  identity: 'none',
  async run(_ctx, { adminToken, skip, limit }) {
    checkAdminToken(adminToken)
    const stations = globalCollection('stations')
    const total = (await stations.count()).total as number
    const res = await stations.orderBy('createdAt', 'asc').skip(skip).limit(limit).get()
    const items = await Promise.all(
      (res.data as StationDoc[]).map(async (s) => ({
        stationId: s._id,
        code: s.code,
        name: s.name,
        memberCount: (
          await globalCollection('members').where({ stationId: s._id, status: 'verified' }).count()
        ).total as number,
      })),
    )
    return { items, total, skip, limit, hasMore: skip + items.length < total }
  },
})
