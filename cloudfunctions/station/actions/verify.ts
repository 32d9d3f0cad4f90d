import type { MemberDoc, MemberStatus } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import type { HouseholdLabel } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { conflict, forbidden, notFound } from '../../_kernel/errors'
import { notify } from '../../_kernel/wechat/subscriptions'
import { labelFor } from '../households'
import { covers, VERIFIER_ROLES } from '../scope'
import { toMemberRow } from '../views'

/**
 * The building head of that building (or staff) approves a registration, or rejects it with a
 * reason the resident will read. Deciding the same way twice answers the same; changing a
 * decided registration is a conflict.
 */
export const verify = actionsOf<'station'>(stationContract).station('verify', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { memberId, decision, reason, phoneConfirmed }) {
    const target = await verifiable(ctx, memberId)
    const status: MemberStatus = decision === 'approve' ? 'verified' : 'rejected'
    const confirmsPhone = status === 'verified' && phoneConfirmed && !target.phoneVerified && !!target.phone
    const patch = {
      status,
      rejectReason: status === 'rejected' ? reason : '',
      verifiedAt: status === 'verified' ? ctx.now : null,
      verifiedBy: ctx.member!._id,
      updatedAt: ctx.now,
      ...(confirmsPhone ? { phoneVerified: true } : {}),
    }
    const label = await labelFor(ctx.db, target.householdId)
    // Conditional on still pending: of two decisions racing, exactly one is written.
    if (!(await ctx.db.members.updateById(memberId, patch, { status: 'pending' })))
      return alreadyDecided(ctx, memberId, status, label)
    await ctx.audit({
      action: `station.verify.${decision}`,
      targetType: 'member',
      targetId: memberId,
      summary: summary(target, label, reason, status) + (confirmsPhone ? '；已核对手机号' : ''),
    })
    const decided = { ...target, ...patch }
    await tellDecision(ctx, decided, reason)
    return toMemberRow(decided, label)
  },
})

/** The person is told (subscription message, or the outbox says why not). */
function tellDecision(ctx: StationCtx, decided: MemberDoc, reason: string) {
  const approved = decided.status === 'verified'
  return notify(ctx, {
    to: decided,
    template: 'registrationDecision',
    data: {
      thing1: ctx.station.name,
      phrase2: approved ? '已通过' : '未通过',
      thing3: approved ? '欢迎使用邻里驿站' : reason,
    },
    page: 'pages/home/index',
    summary: `${decided.name} 的登记${approved ? '已通过' : '未通过'}`,
    key: `verify:${decided._id}:${decided.status}:${ctx.now.getTime()}`,
  })
}

async function verifiable(ctx: StationCtx, memberId: string): Promise<MemberDoc> {
  const target = await ctx.db.members.byId(memberId)
  if (!target || target.status === 'left') throw notFound('没有找到这条登记')
  if (!covers(ctx, target.buildingId)) throw forbidden('这户不在您负责的楼栋')
  // Whoever registered someone as their stand-in cannot also be the one who verifies them.
  if (
    target.offline &&
    (await ctx.db.proxies.count({ principalId: target._id, agentId: ctx.member!._id })) > 0
  ) {
    throw forbidden('您是这位居民的代办人，请由其他楼长或驿站工作人员审核')
  }
  return target
}

async function alreadyDecided(
  ctx: StationCtx,
  memberId: string,
  status: MemberStatus,
  label: HouseholdLabel | null,
) {
  const now = await ctx.db.members.byId(memberId)
  if (now?.status === status) return toMemberRow(now, label)
  throw conflict('这条登记已经审核过了，请刷新')
}

function summary(
  target: MemberDoc,
  label: HouseholdLabel | null,
  reason: string,
  status: MemberStatus,
): string {
  const who = `${target.name}（${label?.label ?? '无房屋'}）`
  return status === 'verified' ? `审核通过 ${who}` : `审核未通过 ${who}：${reason}`
}
