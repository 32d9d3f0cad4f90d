import type { MemberDoc } from '../../../types/entities'
import { CONSENT_LABELS } from '../../../types/labels'
import type { ParsedInputOf } from '../../../types/api'
import { stationContract } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { conflict, invalid } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { householdIn } from '../households'
import { newMember } from '../members'
import { askedAgain, derivedId, insertOnce, linkId, newLink, summaries } from '../proxies'
import { householdLabel } from '../views'

type Input = ParsedInputOf<'station', 'proxyRegister'>

/**
 * 代办: a verified member (family, building head, volunteer) registers an elderly neighbour
 * without a smartphone, recording how that person consented. The neighbour's registration is
 * verified like anyone's — by someone other than the stand-in.
 *
 * A person is never matched by name. If the household already has someone of that name, this
 * refuses and points to asking to act for them (`requestProxy`, approved by the building head);
 * otherwise the new person's id is keyed by this stand-in, so a retry lands on the same record
 * and nobody else can land on it.
 */
export const proxyRegister = actionsOf<'station'>(stationContract).station('proxyRegister', {
  access: 'verified',
  async run(ctx, input) {
    const agent = ctx.member!
    const home = await householdIn(ctx.db, input.householdId)
    if (!home) throw invalid('householdId', '没有找到这个房屋，请重新选择')
    const principal = await ensurePrincipal(ctx, input, home.household.buildingId)
    const { proxy, created } = await ensureLink(ctx, principal, input)
    if (created) {
      const label = householdLabel(home.household, home.building).label
      await ctx.audit({
        action: 'station.proxyRegister',
        targetType: 'member',
        targetId: principal._id,
        summary: `${agent.name} 为 ${input.name}（${label}）代办登记；同意方式：${CONSENT_LABELS[input.consentMethod]}（${input.consentNote}）`,
      })
    }
    return (await summaries(ctx.db, [proxy], [principal]))[0]
  },
})

async function ensurePrincipal(ctx: StationCtx, input: Input, buildingId: string): Promise<MemberDoc> {
  const id = derivedId('ol', ctx.station._id, ctx.member!._id, input.householdId, input.name)
  const namesake = await ctx.db.members.findOne({
    householdId: input.householdId,
    name: input.name,
    status: inList(['pending', 'verified', 'rejected']),
  })
  if (namesake && namesake._id !== id)
    throw conflict(
      `这户已经登记了「${input.name}」。如需为TA代办，请在“为邻居代办”里选择已登记的居民提出申请，由楼长审核`,
    )
  if (namesake) return namesake
  const earlier = await ctx.db.members.byId(id)
  if (earlier) {
    // The same stand-in registering the same person again after they moved out: pending again.
    return ctx.db.members.patch(earlier, {
      status: 'pending',
      relation: input.relation,
      leftAt: null,
      verifiedAt: null,
      updatedAt: ctx.now,
    })
  }
  const fields = newMember(
    {
      _id: id,
      openid: `offline:${id}`,
      name: input.name,
      householdId: input.householdId,
      buildingId,
      relation: input.relation,
      status: 'pending',
      offline: true,
    },
    ctx.now,
  )
  await insertOnce(() => ctx.db.members.insert(fields))
  return (await ctx.db.members.byId(id)) ?? { ...fields, _id: id, stationId: ctx.station._id }
}

/**
 * The stand-in's link to the person they just registered: active, since the registration itself
 * is verified by someone else. A link that was revoked or declined before comes back only as a
 * request for the building head: registering again must not undo a revocation.
 */
async function ensureLink(ctx: StationCtx, principal: MemberDoc, input: Input) {
  const agent = ctx.member!
  const id = linkId(principal._id, agent._id)
  const existing = await ctx.db.proxies.byId(id)
  if (existing?.status === 'active') return { proxy: existing, created: false }
  const consent = { consentMethod: input.consentMethod, consentNote: input.consentNote }
  if (existing) {
    const proxy = await ctx.db.proxies.patch(existing, askedAgain(consent, ctx.now))
    return { proxy, created: true }
  }
  const doc = newLink(principal, agent, consent, 'active', ctx.now)
  // Of identical requests racing, only the one whose insert won reports (and audits) a change.
  const created = await insertOnce(() => ctx.db.proxies.insert(doc))
  return { proxy: (await ctx.db.proxies.byId(id)) ?? { ...doc, stationId: ctx.station._id }, created }
}
