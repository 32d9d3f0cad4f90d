import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../../_kernel/roles'

/** Staff take a 红旗好人 entry off the honour roll. Removing twice answers `removed: false`. Audited. */
export const removeFeatured = actionsOf<'volunteer'>(volunteerContract).station('removeFeatured', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { featuredId }) {
    const entry = await ctx.db.featuredNeighbours.byId(featuredId)
    if (!entry) return { removed: false }
    const removed = (await ctx.db.featuredNeighbours.remove({ _id: featuredId })) > 0
    if (removed)
      await ctx.audit({
        action: 'volunteer.removeFeatured',
        targetType: 'featured',
        targetId: featuredId,
        summary: `撤下红旗好人 ${entry.name}（${entry.month}）`,
      })
    return { removed }
  },
})
