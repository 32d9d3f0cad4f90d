/**
 * A member's roles, derived from their record on every call: what the kernel's access rules
 * check. Which buildings a role covers is the station domain's rule (types/station/scope.ts).
 */
import type { MemberDoc, Role } from '../../types/entities'
import { STAFF_ROLES } from '../../types/station/scope'

export { STAFF_ROLES }

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
