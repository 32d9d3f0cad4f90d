/** Small builders for seed documents, so the demo data reads like a list of people and places. */
import type { BuildingDoc, GrantedRole, HouseholdDoc, MemberDoc, Relation, Side } from '../../types/entities'

export const DAY = 24 * 3600 * 1000

export function building(stationId: string, key: string, n: number, units: number, now: Date): BuildingDoc {
  return {
    _id: `bd-${key}-${n}`,
    stationId,
    name: `${n}栋`,
    sort: n,
    units,
    createdAt: new Date(now.getTime() - 400 * DAY),
  }
}

export function rooms(b: BuildingDoc, floors: number, perFloor: number, now: Date): HouseholdDoc[] {
  const out: HouseholdDoc[] = []
  for (let unit = 1; unit <= b.units; unit++) {
    for (let floor = 1; floor <= floors; floor++) {
      for (let i = 1; i <= perFloor; i++) {
        const room = `${floor}${String(i).padStart(2, '0')}`
        out.push({
          _id: `${b._id.replace('bd-', 'hh-')}-${unit}-${room}`,
          stationId: b.stationId,
          buildingId: b._id,
          unit,
          room,
          floor,
          createdAt: b.createdAt ?? now,
        })
      }
    }
  }
  return out
}

export interface PersonSpec {
  id: string
  openid: string
  name: string
  phone: string
  household?: HouseholdDoc
  relation?: Relation
  status?: MemberDoc['status']
  rejectReason?: string
  roles?: GrantedRole[]
  side?: Side
  headOf?: string[]
  flagTeam?: string
  isVolunteer?: boolean
  skills?: string[]
  isPartyMember?: boolean
  offline?: boolean
  /** A number typed by hand that nobody has confirmed yet (default: verified when there is one). */
  phoneVerified?: boolean
  daysAgo?: number
}

const PERSON_DEFAULTS = {
  relation: null,
  status: 'verified' as MemberDoc['status'],
  rejectReason: '',
  roles: [] as GrantedRole[],
  side: null,
  headOf: [] as string[],
  flagTeam: '',
  isVolunteer: false,
  skills: [] as string[],
  isPartyMember: false,
  offline: false,
  daysAgo: 90,
}

export function member(stationId: string, spec: PersonSpec, now: Date): MemberDoc {
  const p = { ...PERSON_DEFAULTS, ...spec }
  const created = new Date(now.getTime() - p.daysAgo * DAY)
  const verified = p.status === 'verified'
  return {
    _id: p.id,
    stationId,
    openid: p.openid,
    name: p.name,
    phone: p.phone,
    phoneVerified: p.phoneVerified ?? p.phone !== '',
    householdId: p.household?._id ?? null,
    buildingId: p.household?.buildingId ?? null,
    relation: p.relation ?? (p.household ? 'owner' : null),
    status: p.status,
    rejectReason: p.rejectReason,
    isVolunteer: p.isVolunteer,
    skills: p.skills,
    isPartyMember: p.isPartyMember,
    roles: p.roles,
    side: p.side,
    headOf: p.headOf,
    flagTeam: p.flagTeam,
    offline: p.offline,
    createdAt: created,
    updatedAt: created,
    verifiedAt: verified ? new Date(created.getTime() + DAY) : null,
    verifiedBy: null,
    leftAt: null,
  }
}

/** A deterministic pseudo-random sequence, so every seeded machine shows the same station. */
export function sequence(seed: number) {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}
