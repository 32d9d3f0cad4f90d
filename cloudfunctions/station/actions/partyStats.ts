import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { readCounters, valuesOf } from '../../_kernel/counters'
import { STAFF_ROLES } from '../../_kernel/roles'
import { PARTY, PARTY_BY_BUILDING, PARTY_BY_POST, partyCounters } from '../counters'

/**
 * Party members reported in and posts claimed, per building and per post: read from the
 * station's counters (one read), with building and post names (two more) — never a scan of
 * the reports, which at community scale runs to thousands.
 */
export const partyStats = actionsOf<'station'>(stationContract).station('partyStats', {
  access: { roles: STAFF_ROLES },
  async run(ctx) {
    const [counters, buildings, posts] = await Promise.all([
      readCounters(ctx.db, partyCounters.names),
      ctx.db.buildings.findAll({}, [['sort', 'asc']], 5000),
      ctx.db.servicePosts.findAll({}, [['sort', 'asc']], 500),
    ])
    const total = valuesOf(counters, PARTY)
    const buildingOf = new Map(buildings.map((b) => [b._id, b]))
    const postOf = new Map(posts.map((p) => [p._id, p]))
    const byBuilding = counters
      .filter((r) => r.name === PARTY_BY_BUILDING && (r.values.reported ?? 0) > 0)
      .map((r) => {
        const building = r.dims.buildingId ? buildingOf.get(r.dims.buildingId) : undefined
        return {
          buildingId: r.dims.buildingId,
          name: building?.name ?? '未关联楼栋',
          reported: r.values.reported ?? 0,
          claimed: r.values.claimed ?? 0,
          sort: building?.sort ?? 1e9,
        }
      })
      .sort((a, b) => a.sort - b.sort)
      .map(({ sort: _sort, ...row }) => row)
    const byPost = counters
      .filter((r) => r.name === PARTY_BY_POST && (r.values.claimed ?? 0) > 0)
      .map((r) => ({
        postId: r.dims.postId!,
        name: postOf.get(r.dims.postId!)?.name ?? '已删除的岗位',
        claimed: r.values.claimed ?? 0,
      }))
      .sort((a, b) => b.claimed - a.claimed)
    return { reported: total.reported ?? 0, claimed: total.claimed ?? 0, byBuilding, byPost }
  },
})
