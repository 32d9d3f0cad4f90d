/** The station views several actions answer with: cards, household labels, member rows, me. */
import type { ConsentMethod, GrantedRole, MemberStatus, Relation, Role, Side, StationDoc } from '../entities'

export interface StationCard {
  stationId: string
  code: string
  name: string
  address: string
}

/** What residents read about their station: the stored profile, as it is. */
export type StationProfile = StationCard &
  Pick<StationDoc, 'openingHours' | 'services' | 'rooms' | 'team' | 'intro' | 'community'>

export interface HouseholdLabel {
  householdId: string
  buildingId: string
  buildingName: string
  unit: number
  room: string
  /** 1栋2单元1801 */
  label: string
}

/** A member as staff and building heads see them in lists: contact masked. */
export interface MemberRow {
  memberId: string
  name: string
  phoneMasked: string
  /** False when the number was typed by hand (the phone button failed) and nobody has confirmed it. */
  phoneVerified: boolean
  household: HouseholdLabel | null
  relation: Relation | null
  status: MemberStatus
  rejectReason: string
  isVolunteer: boolean
  isPartyMember: boolean
  roles: GrantedRole[]
  side: Side | null
  /** Building ids a building head heads. */
  headOf: string[]
  offline: boolean
  registeredAt: string
}

/** Myself: my row, plus my skills, my buildings by name and when I was verified. */
export interface MemberSelf extends Omit<MemberRow, 'headOf'> {
  skills: string[]
  headOf: { buildingId: string; name: string }[]
  flagTeam: string
  verifiedAt: string | null
}

/**
 * Which buildings someone answers for: every one (staff) or the listed ids (a building head).
 * Computed once on the server (`buildingScope`) and handed to the app inside `me`.
 */
export type BuildingScope = { all: true } | { all: false; buildingIds: string[] }

export interface Permissions {
  isStaff: boolean
  canVerify: boolean
  canManageRoles: boolean
  canSeeDirectory: boolean
  canExport: boolean
  /** The buildings this person may see and act on (empty for residents). */
  buildings: BuildingScope
}

/** A stand-in link: `requested` waits for the building head and grants nothing until `active`. */
export type ProxyStatus = 'requested' | 'active' | 'revoked' | 'declined'

export interface PrincipalSummary {
  proxyId: string
  principalId: string
  name: string
  household: HouseholdLabel | null
  status: MemberStatus
  proxyStatus: ProxyStatus
  consentMethod: ConsentMethod
  since: string
}

export interface MeView {
  stationId: string
  member: MemberSelf | null
  roles: Role[]
  permissions: Permissions
  /** Set when the call was made on someone's behalf (代办). */
  actingFor: PrincipalSummary | null
  /**
   * A number WeChat verified for this person before (here or at another station), masked: a
   * registration without a phone reuses it, so nobody pays for a second verification.
   */
  phoneOnFile: string | null
}

export interface MyStation extends StationCard {
  status: MemberStatus
  roles: Role[]
}
