import { stationInputs } from '../../../types/station'
import type { MeView, PrincipalSummary } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { permissionsOf } from '../../_kernel/roles'
import { buildingsById, labelFor } from '../households'
import { toMemberSelf } from '../views'

/** Who I am at this station: a guest, or a member with status and roles. */
export const me = actionsOf<'station'>(stationInputs).station('me', {
  access: 'guest',
  proxy: true,
  run: meView,
})

export async function meView(ctx: StationCtx): Promise<MeView> {
  const { member, roles } = ctx
  const live = member && member.status !== 'left' ? member : null
  return {
    stationId: ctx.station._id,
    member: live ? toMemberSelf(live, await labelFor(ctx.db, live.householdId), await headOf(ctx, live.headOf)) : null,
    roles: [...roles],
    permissions: permissionsOf(roles),
    actingFor: ctx.proxy && live ? actingFor(ctx, live) : null,
  }
}

async function headOf(ctx: StationCtx, ids: string[]) {
  const buildings = await buildingsById(ctx.db, ids)
  return ids.filter((id) => buildings.has(id)).map((id) => ({ buildingId: id, name: buildings.get(id)!.name }))
}

function actingFor(ctx: StationCtx, principal: NonNullable<StationCtx['member']>): PrincipalSummary {
  const proxy = ctx.proxy!
  return {
    proxyId: proxy._id,
    principalId: principal._id,
    name: principal.name,
    household: null,
    status: principal.status,
    consentMethod: proxy.consentMethod,
    since: new Date(proxy.createdAt).toISOString(),
  }
}
