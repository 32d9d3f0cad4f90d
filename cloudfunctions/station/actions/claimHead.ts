import { stationInputs } from '../../../types/station'
import type { MemberDoc } from '../../../types/entities'
import { actionsOf } from '../../_kernel/action'
import type { ClaimTokenDoc } from '../../_kernel/collections'
import { AppError } from '../../_kernel/errors'
import { globalCollection } from '../../_kernel/repo'
import { effectiveRoles } from '../../_kernel/roles'
import { meView } from './me'

/** The first 站长 of a new station claims the role with the one-time token the admin gave them. */
export const claimHead = actionsOf<'station'>(stationInputs).station('claimHead', {
  access: 'guest',
  async run(ctx, { token }) {
    const tokens = globalCollection('claimTokens')
    const res = await tokens.where({ token, stationId: ctx.station._id }).limit(1).get()
    const claim = res.data[0] as ClaimTokenDoc | undefined
    if (!claim || claim.usedBy) throw new AppError('INVALID_INPUT', '认领码不对或已被使用', 'token')
    if (new Date(claim.expiresAt) < ctx.now)
      throw new AppError('EXPIRED', '认领码已过期，请联系平台管理员重新生成')
    // One atomic conditional write decides who wins if the token is tried twice at once.
    const taken = await tokens
      .where({ _id: claim._id, usedBy: null })
      .update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
    if (taken.stats.updated !== 1) throw new AppError('INVALID_INPUT', '认领码已被使用', 'token')
    let member: MemberDoc
    try {
      member = await headMember(ctx, claim.name)
    } catch (err) {
      // Give the token back so the 站长 can try again.
      await tokens
        .where({ _id: claim._id, usedBy: ctx.openid })
        .update({ data: { usedBy: null, usedAt: null } })
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
    await ctx.db.members.updateById(existing._id, {
      status: 'verified',
      roles: [...new Set([...existing.roles, 'stationHead'])],
      updatedAt: ctx.now,
      verifiedAt: existing.verifiedAt ?? ctx.now,
    })
    return (await ctx.db.members.byId(existing._id))!
  }
  const doc: Omit<MemberDoc, '_id' | 'stationId'> = {
    openid: ctx.openid,
    name,
    phone: '',
    householdId: null,
    buildingId: null,
    relation: null,
    status: 'verified',
    rejectReason: '',
    isVolunteer: false,
    skills: [],
    isPartyMember: false,
    roles: ['stationHead'],
    side: null,
    headOf: [],
    flagTeam: '',
    offline: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    verifiedAt: ctx.now,
    verifiedBy: null,
    leftAt: null,
  }
  const id = await ctx.db.members.insert(doc)
  return (await ctx.db.members.byId(id))!
}
