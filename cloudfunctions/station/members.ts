/** The one place a new member record gets its defaults (register, claimHead, proxyRegister). */
import type { MemberDoc } from '../../types/entities'

type Required = Pick<MemberDoc, 'openid' | 'name' | 'status'>
export type NewMember = Omit<MemberDoc, '_id' | 'stationId'> & { _id?: string }

export function newMember(fields: Required & Partial<NewMember>, now: Date): NewMember {
  return {
    phone: '',
    phoneVerified: false,
    householdId: null,
    buildingId: null,
    relation: null,
    rejectReason: '',
    isVolunteer: false,
    skills: [],
    isPartyMember: false,
    roles: [],
    side: null,
    headOf: [],
    flagTeam: '',
    offline: false,
    createdAt: now,
    updatedAt: now,
    verifiedAt: fields.status === 'verified' ? now : null,
    verifiedBy: null,
    leftAt: null,
    ...fields,
  }
}
