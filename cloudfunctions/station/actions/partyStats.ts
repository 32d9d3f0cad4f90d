import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { command } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'

interface BuildingCount {
  _id: string | null
  reported: number
  claimed: number
}

/** Party members reported in and posts claimed, per building and per post, counted in the database. */
export const partyStats = actionsOf<'station'>(stationContract).station('partyStats', {
  access: { roles: STAFF_ROLES },
  async run(ctx) {
    const $ = command().aggregate
    const reported = await ctx.db.partyReports.count()
    const claimed = await ctx.db.partyReports.count({ postId: command().neq(null) })
    const byBuildingRes = await ctx.db.partyReports.aggregate<BuildingCount>((a) =>
      a
        .group({
          _id: '$buildingId',
          reported: $.sum(1),
          claimed: $.sum($.cond([$.ifNull(['$postId', false]), 1, 0])),
        })
        .limit(5000),
    )
    const byPostRes = await ctx.db.partyReports.aggregate<{ _id: string; claimed: number }>((a) =>
      a
        .match({ postId: command().neq(null) })
        .group({ _id: '$postId', claimed: $.sum(1) })
        .limit(1000),
    )
    const buildings = new Map(
      (await ctx.db.buildings.findAll({}, [['sort', 'asc']], 5000)).map((b) => [b._id, b]),
    )
    const posts = new Map(
      (await ctx.db.servicePosts.findAll({}, [['sort', 'asc']], 500)).map((p) => [p._id, p]),
    )
    const byBuilding = byBuildingRes
      .map((r) => ({
        buildingId: r._id,
        name: (r._id && buildings.get(r._id)?.name) || '未关联楼栋',
        reported: r.reported,
        claimed: r.claimed,
        sort: (r._id && buildings.get(r._id)?.sort) || 1e9,
      }))
      .sort((a, b) => a.sort - b.sort)
      .map(({ sort: _sort, ...rest }) => rest)
    const byPost = byPostRes
      .map((r) => ({ postId: r._id, name: posts.get(r._id)?.name ?? '已删除的岗位', claimed: r.claimed }))
      .sort((a, b) => b.claimed - a.claimed)
    return { reported, claimed, byBuilding, byPost }
  },
})
