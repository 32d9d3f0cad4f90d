/**
 * Which buildings a building head or staff member may see and act on, and what `me` tells the
 * app they may do. The rule itself is `buildingScope` in the contract (types/station/scope.ts).
 */
import type { GrantedRole, MemberDoc, Role } from '../../types/entities'
import type { Permissions } from '../../types/station'
import { buildingScope, inScope } from '../../types/station/scope'
import type { StationCtx } from '../_kernel/action'
import { forbidden } from '../_kernel/errors'
import { inList } from '../_kernel/query'
import { hasAny, isStaff } from '../_kernel/roles'

export const VERIFIER_ROLES = ['stationHead', 'deputyHead', 'staff', 'buildingHead'] as const
export const ROLE_MANAGERS: readonly GrantedRole[] = ['stationHead', 'deputyHead']

export function scopeOf(ctx: Pick<StationCtx, 'member' | 'roles'>) {
  return buildingScope(ctx.member, ctx.roles)
}

/** May the caller act on a record of this building? */
export function covers(ctx: Pick<StationCtx, 'member' | 'roles'>, buildingId: string | null): boolean {
  return inScope(scopeOf(ctx), buildingId)
}

/**
 * A filter on `buildingId` limited to what the caller covers: staff see every building (or
 * the one asked for); a building head only theirs, and asking for another is FORBIDDEN.
 */
export function buildingFilter(ctx: StationCtx, requested?: string): Record<string, unknown> {
  const scope = scopeOf(ctx)
  if (requested) {
    if (!inScope(scope, requested)) throw forbidden('您只能查看自己负责的楼栋')
    return { buildingId: requested }
  }
  return scope.all ? {} : { buildingId: inList(scope.buildingIds) }
}

/** The buildings a caller covers, in display order; staff get every building. */
export async function coveredBuildings(ctx: StationCtx) {
  const all = await ctx.db.buildings.findAll(
    {},
    [
      ['sort', 'asc'],
      ['name', 'asc'],
    ],
    2000,
  )
  const scope = scopeOf(ctx)
  return all.filter((b) => inScope(scope, b._id))
}

export function permissionsOf(member: MemberDoc | null, roles: ReadonlySet<Role>): Permissions {
  const staff = isStaff(roles)
  return {
    isStaff: staff,
    canVerify: staff || roles.has('buildingHead'),
    canManageRoles: hasAny(roles, ROLE_MANAGERS),
    canSeeDirectory: staff || roles.has('buildingHead'),
    canExport: staff,
    buildings: buildingScope(member, roles),
  }
}
