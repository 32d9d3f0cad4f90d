import type { MemberDoc } from '../../../types/entities'
import { stationInputs } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { inList } from '../../_kernel/query'
import { householdIn } from '../households'
import { summaries } from '../proxies'

/**
 * 代办: a verified member (family, building head, volunteer) registers an elderly neighbour
 * without a smartphone, recording how that person consented. The neighbour's registration is
 * verified like anyone's — by someone other than the stand-in.
 */
export const proxyRegister = actionsOf<'station'>(stationInputs).station('proxyRegister', {
  access: 'verified',
  async run(ctx, input) {
    const agent = ctx.member!
    const home = await householdIn(ctx.db, input.householdId)
    if (!home) throw invalid('householdId', '没有找到这个房屋，请重新选择')
    const mine = await ctx.db.proxies.find({ agentId: agent._id, status: 'active' }, { limit: 100 })
    const principals = mine.length ? await ctx.db.members.findAll({ _id: inList(mine.map((p) => p.principalId)) }) : []
    const same = principals.find((m) => m.name === input.name && m.householdId === input.householdId && m.status !== 'left')
    if (same) return (await summaries(ctx.db, mine.filter((p) => p.principalId === same._id), [same]))[0]
    const principalId = newId()
    const principal: Omit<MemberDoc, 'stationId'> = {
      _id: principalId, openid: `offline:${principalId}`, name: input.name, phone: '', householdId: input.householdId,
      buildingId: home.household.buildingId, relation: input.relation, status: 'pending', rejectReason: '', isVolunteer: false,
      skills: [], isPartyMember: false, roles: [], side: null, headOf: [], flagTeam: '', offline: true,
      createdAt: ctx.now, updatedAt: ctx.now, verifiedAt: null, verifiedBy: null, leftAt: null,
    }
    await ctx.db.members.insert(principal)
    const proxyId = await ctx.db.proxies.insert({
      principalId, principalName: input.name, agentId: agent._id, agentName: agent.name, consentMethod: input.consentMethod,
      consentNote: input.consentNote, status: 'active', createdAt: ctx.now, revokedAt: null,
    })
    const label = `${home.building.name}${home.household.unit}单元${home.household.room}`
    await ctx.audit({ action: 'station.proxyRegister', targetType: 'member', targetId: principalId, summary: `${agent.name} 为 ${input.name}（${label}）代办登记，同意方式：${input.consentNote}` })
    const proxy = (await ctx.db.proxies.byId(proxyId))!
    return (await summaries(ctx.db, [proxy], [{ ...principal, stationId: ctx.station._id }]))[0]
  },
})
