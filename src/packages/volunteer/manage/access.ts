/** Who opens which staff page (the server checks again on every call). */
import type { MeView, Permissions } from '@contract/station'

export const canOrganise = (p: Permissions, me: MeView) => p.isStaff || me.roles.includes('organiser')
export const canVerifyVouchers = (p: Permissions, me: MeView) => p.isStaff || me.roles.includes('merchant')
export const isStaff = (p: Permissions) => p.isStaff
