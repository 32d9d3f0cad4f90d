import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { STAFF_ROLES } from '../../_kernel/roles'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { monthOf } from '../rules'

/** Staff feature a 红旗好人 on the honour roll with their story (checked like any published text). Audited. */
export const featureNeighbour = actionsOf<'volunteer'>(volunteerContract).station('featureNeighbour', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { name, memberId, story, month }) {
    if (memberId && !(await ctx.db.members.byId(memberId))) throw notFound('没有找到这位居民')
    await checkTexts(
      ctx,
      [
        { field: 'name', text: name },
        { field: 'story', text: story },
      ],
      SCENE.profile,
    )
    const doc = await ctx.db.featuredNeighbours.insert({
      _id: newId(),
      name,
      memberId,
      story,
      month: month ?? monthOf(ctx.now),
      byMemberId: ctx.member!._id,
      createdAt: ctx.now,
    })
    await ctx.audit({
      action: 'volunteer.featureNeighbour',
      targetType: 'featured',
      targetId: doc._id,
      summary: `评选 ${name} 为 ${doc.month} 红旗好人`,
    })
    return { featuredId: doc._id, name: doc.name, story: doc.story, month: doc.month }
  },
})
