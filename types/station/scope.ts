/**
 * The one rule for which buildings a person answers for: staff every building, a building head
 * the ones they head, everyone else none. Pure data in, pure data out, so the station and notice
 * functions decide with it and the app filters its building lists with the scope `me` carries.
 */
import type { GrantedRole, MemberDoc, Role } from '../entities'
import type { BuildingScope } from './views'

export const STAFF_ROLES: readonly GrantedRole[] = ['stationHead', 'deputyHead', 'staff']

export function buildingScope(
  member: Pick<MemberDoc, 'headOf'> | null,
  roles: ReadonlySet<Role>,
): BuildingScope {
  if (STAFF_ROLES.some((r) => roles.has(r))) return { all: true }
  if (!member || !roles.has('buildingHead')) return { all: false, buildingIds: [] }
  return { all: false, buildingIds: [...member.headOf] }
}

export function inScope(scope: BuildingScope, buildingId: string | null): boolean {
  if (scope.all) return true
  return !!buildingId && scope.buildingIds.includes(buildingId)
}
