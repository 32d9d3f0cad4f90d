import type { MemberDoc, MemberStatus } from '../../../types/entities'
import { stationInputs } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { conflict, forbidden, notFound } from '../../_kernel/errors'
import { coversBuilding } from '../../_kernel/roles'
import { labelFor } from '../households'
import { VERIFIER_ROLES } from '../scope'
import { toMemberRow } from '../views'

/**
 * The building head of that building (or staff) approves a registration, or rejects it with a
 * reason the resident will read. Deciding the same way twice answers the same; changing a
 * decided registration is a conflict.
 */
export const verify = actionsOf<'station'>(stationInputs).station('verify', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { memberId, decision, reason }) {
    const target = await ctx.db.members.byId(memberId)
    if (!target || target.status === 'left') throw notFound('没有找到这条登记')
    if (!coversBuilding(ctx.member, ctx.roles, target.buildingId)) throw forbidden('这户不在您负责的楼栋')
    await refuseOwnStandIn(ctx, target)
    const status: MemberStatus = decision === 'approve' ? 'verified' : 'rejected'
    const patch = { status, rejectReason: decision === 'reject' ? reason : '', verifiedAt: decision === 'approve' ? ctx.now : null, verifiedBy: ctx.member!._id, updatedAt: ctx.now }
    const changed = await ctx.db.members.updateById(memberId, patch, { status: 'pending' })
    const label = await labelFor(ctx.db, target.householdId)
    if (!changed) {
      const now = (await ctx.db.members.byId(memberId))!
      if (now.status === status) return toMemberRow(now, label)
      throw conflict('这条登记已经审核过了，请刷新')
    }
    await ctx.audit({
      action: `station.verify.${decision}`, targetType: 'member', targetId: memberId,
      summary: decision === 'approve' ? `审核通过 ${target.name}（${label?.label ?? '无房屋'}）` : `审核未通过 ${target.name}（${label?.label ?? '无房屋'}）：${reason}`,
    })
    return toMemberRow({ ...target, ...patch }, label)
  },
})

/** Whoever registered someone as their stand-in cannot also be the one who verifies them. */
async function refuseOwnStandIn(ctx: Parameters<typeof verify.run>[0], target: MemberDoc) {
  if (!target.offline) return
  const mine = await ctx.db.proxies.count({ principalId: target._id, agentId: ctx.member!._id })
  if (mine > 0) throw forbidden('您是这位居民的代办人，请由其他楼长或驿站工作人员审核')
}
