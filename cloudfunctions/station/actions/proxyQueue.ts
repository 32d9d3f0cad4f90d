import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { requestRows } from '../proxies'
import { buildingFilter, VERIFIER_ROLES } from '../scope'

/** Requests to act for someone, waiting for the building head of that person's building (or staff). */
export const proxyQueue = actionsOf<'station'>(stationContract).station('proxyQueue', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { buildingId, skip, limit }) {
    const filter = { status: 'requested', ...buildingFilter(ctx, buildingId) }
    const [total, proxies] = await Promise.all([
      ctx.db.proxies.count(filter),
      ctx.db.proxies.find(filter, { orderBy: [['createdAt', 'asc']], skip, limit }),
    ])
    return pageOf(await requestRows(ctx.db, proxies), total, skip, limit)
  },
})
