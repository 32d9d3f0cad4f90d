import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import { keepingAHead } from '../headCount'
import { labelFor } from '../households'
import { toMemberSelf } from '../views'

/**
 * Moving out ends a membership without deleting history: the record stays (status `left`),
 * granted roles end, and stand-in permissions the person held are revoked.
 */
export const moveOut = actionsOf<'station'>(stationContract).station('moveOut', {
  access: 'member',
  proxy: true,
  label: '办理迁出',
  async run(ctx) {
    const member = ctx.member!
    const label = await labelFor(ctx.db, member.householdId)
    const left = {
      status: 'left' as const,
      leftAt: ctx.now,
      roles: [],
      headOf: [],
      side: null,
      updatedAt: ctx.now,
    }
    await keepingAHead(
      ctx.db,
      member,
      async () => void (await ctx.db.members.updateById(member._id, left)),
      async () =>
        void (await ctx.db.members.updateById(member._id, {
          status: member.status,
          leftAt: null,
          roles: member.roles,
          headOf: member.headOf,
          side: member.side,
        })),
    )
    // Links end both ways: whom this person acted for, and who acted for them.
    const open = inList(['active', 'requested'])
    for (const side of [{ agentId: member._id }, { principalId: member._id }])
      await ctx.db.proxies.update({ ...side, status: open }, { status: 'revoked', revokedAt: ctx.now })
    await ctx.audit({
      action: 'station.moveOut',
      targetType: 'member',
      targetId: member._id,
      summary: `${member.name} 办理迁出${label ? `（${label.label}）` : ''}`,
    })
    return toMemberSelf({ ...member, ...left }, label, [])
  },
})
