import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { claimedCounts, toPostView } from '../posts'

/** The station's service posts (认领岗位) with how many party members hold each. */
export const listServicePosts = actionsOf<'station'>(stationContract).station('listServicePosts', {
  access: 'member',
  async run(ctx) {
    const posts = await ctx.db.servicePosts.findAll(
      {},
      [
        ['sort', 'asc'],
        ['_id', 'asc'],
      ],
      500,
    )
    const counts = await claimedCounts(ctx.db)
    return { items: posts.map((p) => toPostView(p, counts.get(p._id) ?? 0)) }
  },
})
