/** Mappers from stored documents to what the contract promises the client. */
import type { BuildingDoc, HouseholdDoc, MemberDoc, StationDoc } from '../../types/entities'
import type { HouseholdLabel, MemberRow, MemberSelf, StationCard, StationProfile } from '../../types/station'
import { maskPhone } from '../_kernel/mask'

export function toCard(s: StationDoc): StationCard {
  return { stationId: s._id, code: s.code, name: s.name, address: s.address }
}

export function toProfile(s: StationDoc): StationProfile {
  return {
    ...toCard(s),
    openingHours: s.openingHours,
    services: s.services,
    rooms: s.rooms,
    team: s.team,
    intro: s.intro,
    community: s.community,
  }
}

export function householdLabel(h: HouseholdDoc, b: Pick<BuildingDoc, 'name'>): HouseholdLabel {
  return {
    householdId: h._id,
    buildingId: h.buildingId,
    buildingName: b.name,
    unit: h.unit,
    room: h.room,
    label: `${b.name}${h.unit}单元${h.room}`,
  }
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

export function toMemberRow(m: MemberDoc, household: HouseholdLabel | null): MemberRow {
  return {
    memberId: m._id,
    name: m.name,
    phoneMasked: maskPhone(m.phone),
    phoneVerified: m.phoneVerified,
    household,
    relation: m.relation,
    status: m.status,
    rejectReason: m.rejectReason,
    isVolunteer: m.isVolunteer,
    isPartyMember: m.isPartyMember,
    roles: m.roles,
    side: m.side,
    headOf: m.headOf,
    organiserOf: m.organiserOf ?? [],
    merchantOf: m.merchantOf ?? null,
    offline: m.offline,
    registeredAt: new Date(m.createdAt).toISOString(),
  }
}

export function toMemberSelf(
  m: MemberDoc,
  household: HouseholdLabel | null,
  headOf: { buildingId: string; name: string }[],
): MemberSelf {
  return {
    ...toMemberRow(m, household),
    skills: m.skills,
    headOf,
    flagTeam: m.flagTeam,
    verifiedAt: iso(m.verifiedAt),
  }
}
