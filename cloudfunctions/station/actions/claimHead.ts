import { stationContract } from '../../../types/station'
import type { MemberDoc } from '../../../types/entities'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { globalCollection } from '../../_kernel/repo'
import { effectiveRoles } from '../../_kernel/roles'
import { newMember } from '../members'
import { meView } from './me'

/** The first 站长 of a new station claims the role with the one-time token the admin gave them. */
export const claimHead = actionsOf<'station'>(stationContract).station('claimHead', {
  access: 'guest',
  async run(ctx, { token }) {
    const tokens = globalCollection('claimTokens')
    const claim = await tokens.findOne({ token, stationId: ctx.station._id })
    if (!claim || claim.usedBy) throw new AppError('INVALID_INPUT', '认领码不对或已被使用', 'token')
    if (new Date(claim.expiresAt) < ctx.now)
      throw new AppError('EXPIRED', '认领码已过期，请联系平台管理员重新生成')
    // One atomic conditional write decides who wins if the token is tried twice at once.
    const taken = await tokens.updateById(
      claim._id,
      { usedBy: ctx.openid, usedAt: ctx.now },
      { usedBy: null },
    )
    if (!taken) throw new AppError('INVALID_INPUT', '认领码已被使用', 'token')
    let member: MemberDoc
    try {
      member = await headMember(ctx, claim.name)
    } catch (err) {
      // Give the token back so the 站长 can try again.
      await tokens.updateById(claim._id, { usedBy: null, usedAt: null }, { usedBy: ctx.openid })
      throw err
    }
    ctx.member = member
    ctx.actor = member
    ctx.roles = effectiveRoles(member)
    await ctx.audit({
      action: 'station.claimHead',
      targetType: 'member',
      targetId: member._id,
      summary: `${member.name} 用认领码成为站长`,
    })
    return meView(ctx)
  },
})

async function headMember(ctx: Parameters<typeof claimHead.run>[0], name: string): Promise<MemberDoc> {
  const existing = ctx.actor
  if (existing) {
    return ctx.db.members.patch(existing, {
      status: 'verified',
      roles: [...new Set([...existing.roles, 'stationHead' as const])],
      updatedAt: ctx.now,
      verifiedAt: existing.verifiedAt ?? ctx.now,
    })
  }
  return ctx.db.members.insert(
    newMember({ openid: ctx.openid, name, status: 'verified', roles: ['stationHead'] }, ctx.now),
  )
}
