/**
 * Plain-Chinese labels for the contract's enumerations. Pure data (no zod), so both the
 * cloud functions and the app import it as a value.
 */
import { CONSENT_METHODS, RELATIONS, SIDES } from './entities'
import type { ConsentMethod, GrantedRole, MemberStatus, Relation, Role, Side } from './entities'
import { WISH_CATEGORIES } from './wish/entities'
import type { WishCategory, WishStatus } from './wish/entities'
import { WISH_WALL_FILTERS } from './wish/views'
import type { WishWallFilter } from './wish/views'

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

/** 微心愿 categories, in the order the app offers them. */
export const WISH_CATEGORY_LABELS: Record<WishCategory, string> = {
  legalAid: '法律援助',
  homeVisit: '上门认证',
  dailyHelp: '生活帮助',
  company: '陪伴',
  repair: '维修',
  other: '其他',
}

export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  pending: '待审核',
  open: '待认领',
  rejected: '未通过',
  claimed: '已认领',
  fulfilled: '待确认',
  confirmed: '已实现',
  disputed: '有异议',
  expired: '已过期',
  withdrawn: '已撤回',
}

/** The wall's three views: what can be claimed, what someone is on, what came true. */
export const WISH_WALL_LABELS: Record<WishWallFilter, string> = {
  open: '待认领',
  claimed: '已认领',
  fulfilled: '已实现',
}

/**
 * The choices forms offer, in the order they show them: the contract's own lists, so a new
 * relation or consent method reaches every form (and its label is a compile error until written).
 */
export const RELATION_OPTIONS: readonly Relation[] = RELATIONS
export const CONSENT_OPTIONS: readonly ConsentMethod[] = CONSENT_METHODS
export const SIDE_OPTIONS: readonly Side[] = SIDES
export const WISH_CATEGORY_OPTIONS: readonly WishCategory[] = WISH_CATEGORIES
export const WISH_WALL_OPTIONS: readonly WishWallFilter[] = WISH_WALL_FILTERS
