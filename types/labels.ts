/**
 * Plain-Chinese labels for the contract's enumerations. Pure data (no zod), so both the
 * cloud functions and the app import it as a value.
 */
import { CONSENT_METHODS, RELATIONS, SIDES } from './entities'
import type { ConsentMethod, GrantedRole, MemberStatus, Relation, Role, Side } from './entities'

export const ROLE_LABELS: Record<Role, string> = {
  stationHead: '站长',
  deputyHead: '副站长',
  staff: '驿站工作人员',
  buildingHead: '楼长',
  sideRep: '三方代表',
  resident: '居民',
  volunteer: '志愿者',
  partyMember: '党员',
}

export const GRANTABLE_ROLE_ORDER: readonly GrantedRole[] = [
  'stationHead',
  'deputyHead',
  'staff',
  'buildingHead',
  'sideRep',
]

export const SIDE_LABELS: Record<Side, string> = {
  partyBranch: '党支部',
  ownersCommittee: '业委会',
  propertyCompany: '物业',
  community: '社区',
}

export const RELATION_LABELS: Record<Relation, string> = {
  owner: '业主',
  tenant: '租户',
  family: '家庭成员',
}

export const STATUS_LABELS: Record<MemberStatus, string> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '未通过',
  left: '已迁出',
}

export const CONSENT_LABELS: Record<ConsentMethod, string> = {
  inPerson: '本人当面同意',
  paper: '书面同意书',
  phone: '电话确认',
}

export const POST_LABELS = { stationHead: '站长', deputyHead: '副站长', member: '成员' } as const

/**
 * The choices forms offer, in the order they show them: the contract's own lists, so a new
 * relation or consent method reaches every form (and its label is a compile error until written).
 */
export const RELATION_OPTIONS: readonly Relation[] = RELATIONS
export const CONSENT_OPTIONS: readonly ConsentMethod[] = CONSENT_METHODS
export const SIDE_OPTIONS: readonly Side[] = SIDES
