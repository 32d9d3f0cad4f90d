/** Who may do what, derived from a member record. One place, used by guards and by `me`. */
import type { GrantedRole, MemberDoc, Role } from '../../types/entities'
import type { Permissions } from '../../types/station'

export const STAFF_ROLES: readonly GrantedRole[] = ['stationHead', 'deputyHead', 'staff']
export const ROLE_MANAGERS: readonly GrantedRole[] = ['stationHead', 'deputyHead']

export function effectiveRoles(member: MemberDoc | null): Set<Role> {
  const roles = new Set<Role>()
  if (!member || member.status !== 'verified') return roles
  for (const role of member.roles) roles.add(role)
  if (member.householdId) roles.add('resident')
  if (member.isVolunteer) roles.add('volunteer')
  if (member.isPartyMember) roles.add('partyMember')
  return roles
}

export function hasAny(roles: ReadonlySet<Role>, wanted: readonly Role[]): boolean {
  return wanted.some((r) => roles.has(r))
}

export const isStaff = (roles: ReadonlySet<Role>) => hasAny(roles, STAFF_ROLES)

/** A building head may act on the buildings they head; staff on every building. */
export function coversBuilding(
  member: MemberDoc | null,
  roles: ReadonlySet<Role>,
  buildingId: string | null,
) {
  if (isStaff(roles)) return true
  return !!member && roles.has('buildingHead') && !!buildingId && member.headOf.includes(buildingId)
}

export function permissionsOf(roles: ReadonlySet<Role>): Permissions {
  const staff = isStaff(roles)
  return {
    isStaff: staff,
    canVerify: staff || roles.has('buildingHead'),
    canManageRoles: hasAny(roles, ROLE_MANAGERS),
    canSeeDirectory: staff || roles.has('buildingHead'),
    canExport: staff,
  }
}
