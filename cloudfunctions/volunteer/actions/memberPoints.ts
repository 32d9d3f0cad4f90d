import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { STAFF_ROLES } from '../../_kernel/roles'
import { historyOf, summaryOf } from '../points'

/** Staff read one member's points and history, e.g. to reverse a wrong entry. Audited. */
export const memberPoints = actionsOf<'volunteer'>(volunteerContract).station('memberPoints', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { memberId, skip, limit }) {
    const person = await ctx.db.members.byId(memberId)
    if (!person) throw notFound('没有找到这位居民')
    const [summary, page] = await Promise.all([
      summaryOf(ctx, memberId),
      historyOf(ctx, memberId, skip, limit),
    ])
    if (skip === 0)
      await ctx.audit({
        action: 'volunteer.memberPoints',
        targetType: 'member',
        targetId: memberId,
        summary: `查看了 ${person.name} 的积分记录`,
      })
    return { ...page, summary, name: person.name }
  },
})
