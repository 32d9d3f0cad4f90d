import { stationContract } from '../../../types/station'
import type { HouseholdLabel, MeView, PrincipalSummary } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { permissionsOf } from '../scope'
import { maskPhone } from '../../_kernel/mask'
import { buildingsById, labelFor } from '../households'
import { knownVerifiedPhone } from '../phone'
import { toMemberSelf } from '../views'

/** Who I am at this station: a guest, or a member with status and roles. */
export const me = actionsOf<'station'>(stationContract).station('me', {
  access: 'guest',
  proxy: true,
  label: '查看登记信息',
  run: meView,
})

export async function meView(ctx: StationCtx): Promise<MeView> {
  const { member, roles } = ctx
  const live = member && member.status !== 'left' ? member : null
  const household = live ? await labelFor(ctx.db, live.householdId) : null
  return {
    stationId: ctx.station._id,
    member: live ? toMemberSelf(live, household, await headOf(ctx, live.headOf)) : null,
    roles: [...roles],
    permissions: permissionsOf(live, roles),
    actingFor: ctx.proxy && live ? actingFor(ctx, live, household) : null,
    phoneOnFile: ctx.proxy ? null : await phoneOnFile(ctx),
  }
}

/** Only looked up across stations for someone without a verified number here (one more read). */
async function phoneOnFile(ctx: StationCtx): Promise<string | null> {
  const own = ctx.actor?.status !== 'left' && ctx.actor?.phoneVerified ? ctx.actor.phone : ''
  const known = own || (await knownVerifiedPhone(ctx))
  return known ? maskPhone(known) : null
}

async function headOf(ctx: StationCtx, ids: string[]) {
  const buildings = await buildingsById(ctx.db, ids)
  return ids
    .filter((id) => buildings.has(id))
    .map((id) => ({ buildingId: id, name: buildings.get(id)!.name }))
}

function actingFor(
  ctx: StationCtx,
  principal: NonNullable<StationCtx['member']>,
  household: HouseholdLabel | null,
): PrincipalSummary {
  const proxy = ctx.proxy!
  return {
    proxyId: proxy._id,
    principalId: principal._id,
    name: principal.name,
    household,
    status: principal.status,
    proxyStatus: proxy.status,
    consentMethod: proxy.consentMethod,
    since: new Date(proxy.createdAt).toISOString(),
  }
}
