import { createHash } from 'crypto'
import type { MemberDoc, ProxyDoc } from '../../../types/entities'
import { CONSENT_LABELS } from '../../../types/labels'
import type { ParsedInputOf } from '../../../types/api'
import { stationContract } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { invalid, isDuplicateKey } from '../../_kernel/errors'
import { householdIn } from '../households'
import { summaries } from '../proxies'

type Input = ParsedInputOf<'station', 'proxyRegister'>

/**
 * 代办: a verified member (family, building head, volunteer) registers an elderly neighbour
 * without a smartphone, recording how that person consented. The neighbour's registration is
 * verified like anyone's — by someone other than the stand-in.
 *
 * Ids are derived (the person = name at a household; the stand-in relation = person + agent),
 * so a double tap, a retry, or a second stand-in for the same person never makes a second record.
 */
export const proxyRegister = actionsOf<'station'>(stationContract).station('proxyRegister', {
  access: 'verified',
  async run(ctx, input) {
    const agent = ctx.member!
    const home = await householdIn(ctx.db, input.householdId)
    if (!home) throw invalid('householdId', '没有找到这个房屋，请重新选择')
    const principal = await ensurePrincipal(ctx, input, home.household.buildingId)
    const { proxy, changed } = await ensureProxy(ctx, principal, input)
    if (changed) {
      const label = `${home.building.name}${home.household.unit}单元${home.household.room}`
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

const derivedId = (prefix: string, ...parts: string[]) =>
  prefix + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 22)

async function ensurePrincipal(ctx: StationCtx, input: Input, buildingId: string): Promise<MemberDoc> {
  const id = derivedId('ol', ctx.station._id, input.householdId, input.name)
  const existing = await ctx.db.members.byId(id)
  if (existing && existing.status !== 'left') return existing
  if (existing) {
    await ctx.db.members.updateById(id, {
      status: 'pending',
      relation: input.relation,
      leftAt: null,
      verifiedAt: null,
      updatedAt: ctx.now,
    })
    return (await ctx.db.members.byId(id))!
  }
  const principal: Omit<MemberDoc, 'stationId'> = {
    _id: id,
    openid: `offline:${id}`,
    name: input.name,
    phone: '',
    householdId: input.householdId,
    buildingId,
    relation: input.relation,
    status: 'pending',
    rejectReason: '',
    isVolunteer: false,
    skills: [],
    isPartyMember: false,
    roles: [],
    side: null,
    headOf: [],
    flagTeam: '',
    offline: true,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    verifiedAt: null,
    verifiedBy: null,
    leftAt: null,
  }
  await insertOnce(() => ctx.db.members.insert(principal))
  return (await ctx.db.members.byId(id))!
}

async function ensureProxy(
  ctx: StationCtx,
  principal: MemberDoc,
  input: Input,
): Promise<{ proxy: ProxyDoc; changed: boolean }> {
  const agent = ctx.member!
  const id = derivedId('px', principal._id, agent._id)
  const existing = await ctx.db.proxies.byId(id)
  if (existing?.status === 'active') return { proxy: existing, changed: false }
  const consent = { consentMethod: input.consentMethod, consentNote: input.consentNote }
  if (existing) {
    await ctx.db.proxies.updateById(id, { ...consent, status: 'active', revokedAt: null, createdAt: ctx.now })
  } else {
    await insertOnce(() =>
      ctx.db.proxies.insert({
        _id: id,
        principalId: principal._id,
        principalName: principal.name,
        agentId: agent._id,
        agentName: agent.name,
        ...consent,
        status: 'active',
        createdAt: ctx.now,
        revokedAt: null,
      }),
    )
  }
  return { proxy: (await ctx.db.proxies.byId(id))!, changed: true }
}

/** Of two identical requests racing, the second finds the first's record: the same answer. */
async function insertOnce(insert: () => Promise<unknown>) {
  try {
    await insert()
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
  }
}
