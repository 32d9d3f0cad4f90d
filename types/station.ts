/**
 * Contract of the `station` cloud function: station entry and profile, buildings and
 * households, registration and verification, roles, party members reporting in, the
 * directory, and acting for others (代办).
 */
import { z } from 'zod'
import type {
  ConsentMethod,
  GrantedRole,
  MemberStatus,
  Relation,
  Role,
  Side,
  StationRoom,
  TeamSeat,
} from './entities'
import { entry, flag, id, int, list, oneOf, optionalText, page, text, typed } from './fields'
import type { Page } from './fields'

const relation = oneOf('与房屋关系', ['owner', 'tenant', 'family'])
const side = oneOf('所属方', ['partyBranch', 'ownersCommittee', 'propertyCompany', 'community'])
const grantedRole = oneOf('角色', ['stationHead', 'deputyHead', 'staff', 'buildingHead', 'sideRep'])
const memberStatus = oneOf('状态', ['pending', 'verified', 'rejected', 'left'])
const date = z
  .string({ error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 2026-01-31' })

/** A station code as carried in the QR scene `s=<code>` (scene ≤ 32 chars). */
export const stationCode = z
  .string({ error: typed('缺少驿站编号', '驿站编号格式不对') })
  .trim()
  .regex(/^[A-Za-z0-9_-]{2,24}$/, { error: '驿站编号格式不对' })

const teamSeat = entry('驿站班子成员', {
  name: text('姓名', 20),
  post: oneOf('职务', ['stationHead', 'deputyHead', 'member']),
  side: side.optional(),
  title: text('职务名称', 30),
})

export const stationInputs = {
  resolve: z.object({ code: stationCode }),
  myStations: z.object({}),
  get: z.object({}),
  me: z.object({}),
  updateProfile: z.object({
    name: text('驿站名称', 40),
    address: text('地址', 100),
    openingHours: text('开放时间', 60),
    services: list('服务清单', text('服务项目', 20), 30),
    rooms: list('功能室', entry('功能室', { name: text('功能室名称', 20), use: text('用途', 60) }), 20),
    team: list('驿站班子', teamSeat, 20),
    intro: optionalText('简介', 500).default(''),
  }),
  poster: z.object({ refresh: flag('重新生成').default(false) }),
  claimHead: z.object({
    token: z
      .string({ error: typed('请填写认领码', '认领码应为8位字母或数字') })
      .trim()
      .regex(/^[A-Z0-9]{8}$/, { error: '认领码应为8位字母或数字' }),
  }),

  listBuildings: z.object({}),
  listRooms: z.object({ buildingId: id('楼栋'), unit: int('单元', 1, 30) }),
  createBuildings: z.object({
    names: list('楼栋名称', text('楼栋名称', 20), 100, 1),
    units: int('每栋单元数', 1, 20),
    floors: int('楼层数', 1, 60),
    roomsPerFloor: int('每层户数', 1, 20),
  }),
  importHouseholds: z.object({
    csv: text('表格内容', 90000),
    dryRun: flag('仅检查').default(false),
  }),

  register: z.object({
    householdId: id('房屋'),
    relation,
    name: text('姓名', 20),
    phoneCode: text('手机号验证', 200),
    isVolunteer: flag('志愿者').default(false),
    skills: list('特长', text('特长', 10), 10).default([]),
    isPartyMember: flag('党员').default(false),
  }),
  moveOut: z.object({}),
  verifyQueue: z.object({
    status: memberStatus.default('pending'),
    buildingId: id('楼栋').optional(),
    ...page,
  }),
  verify: z
    .object({
      memberId: id('居民'),
      decision: oneOf('审核结果', ['approve', 'reject']),
      reason: optionalText('原因', 100).default(''),
    })
    .refine((v) => v.decision === 'approve' || v.reason.length > 0, {
      error: '不通过时请填写原因',
      path: ['reason'],
    }),

  directory: z.object({
    buildingId: id('楼栋').optional(),
    unit: int('单元', 1, 30).optional(),
    ...page,
  }),
  revealPhone: z.object({ memberId: id('居民') }),
  exportDirectory: z.object({ buildingId: id('楼栋').optional() }),

  searchMembers: z.object({ q: optionalText('姓名或房号', 20).default(''), ...page }),
  listRoleHolders: z.object({}),
  grantRole: z.object({
    memberId: id('居民'),
    role: grantedRole,
    headOf: list('负责楼栋', id('楼栋'), 50).default([]),
    side: side.optional(),
    flagTeam: optionalText('旗手团队', 20).default(''),
  }),
  revokeRole: z.object({ memberId: id('居民'), role: grantedRole }),
  auditLog: z.object({ ...page }),

  listServicePosts: z.object({}),
  saveServicePost: z.object({
    postId: id('岗位').optional(),
    name: text('岗位名称', 20),
    description: optionalText('岗位说明', 200).default(''),
    active: flag('启用').default(true),
  }),
  submitPartyReport: z.object({
    workUnit: text('工作单位', 60),
    partyOrg: text('所在党组织', 60),
    postId: id('服务岗位').nullable().default(null),
  }),
  myPartyReport: z.object({}),
  partyStats: z.object({}),
  serviceRecord: z
    .object({ from: date, to: date, memberId: id('党员').optional() })
    .refine((v) => v.from <= v.to, { error: '开始日期不能晚于结束日期', path: ['to'] }),

  proxyRegister: z.object({
    householdId: id('房屋'),
    name: text('被代办人姓名', 20),
    relation,
    consentMethod: oneOf('同意方式', ['inPerson', 'paper', 'phone']),
    consentNote: text('同意情况说明', 200),
  }),
  myPrincipals: z.object({}),
  revokeProxy: z.object({ proxyId: id('代办关系') }),
}

export interface StationCard {
  stationId: string
  code: string
  name: string
  address: string
}

export interface StationProfile extends StationCard {
  openingHours: string
  services: string[]
  rooms: StationRoom[]
  team: TeamSeat[]
  intro: string
  community: string
}

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

export interface Permissions {
  isStaff: boolean
  canVerify: boolean
  canManageRoles: boolean
  canSeeDirectory: boolean
  canExport: boolean
}

export interface PrincipalSummary {
  proxyId: string
  principalId: string
  name: string
  household: HouseholdLabel | null
  status: MemberStatus
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
}

export interface MyStation extends StationCard {
  status: MemberStatus
  roles: Role[]
}

export interface PosterView {
  stationName: string
  scene: string
  page: string
  /** PNG, base64. */
  image: string
  generatedAt: string
}

export interface BuildingView {
  buildingId: string
  name: string
  sort: number
  units: number
  householdCount: number
}

export interface RoomOption {
  householdId: string
  room: string
  floor: number
}

export interface ImportError {
  /** 1-based line in the pasted table. */
  line: number
  field: string
  message: string
}

export interface ImportResult {
  rows: number
  buildingsCreated: number
  householdsCreated: number
  /** Rows that already existed (importing twice creates nothing twice). */
  skipped: number
  errors: ImportError[]
  dryRun: boolean
}

export interface DirectoryRow {
  household: HouseholdLabel
  members: MemberRow[]
}

export interface AuditEntry {
  auditId: string
  actorName: string
  onBehalfOfName: string | null
  action: string
  summary: string
  at: string
}

export interface ServicePostView {
  postId: string
  name: string
  description: string
  active: boolean
  claimedCount: number
}

export interface PartyReportView {
  reportId: string
  name: string
  workUnit: string
  partyOrg: string
  postId: string | null
  postName: string | null
  reportedAt: string
}

export interface PartyStats {
  reported: number
  claimed: number
  byBuilding: { buildingId: string | null; name: string; reported: number; claimed: number }[]
  byPost: { postId: string; name: string; claimed: number }[]
}

export interface ServiceRecord {
  memberName: string
  stationName: string
  from: string
  to: string
  report: PartyReportView | null
  activities: { title: string; date: string; minutes: number }[]
  totalMinutes: number
  csv: string
  filename: string
}

export interface StationOutputs {
  resolve: StationCard
  myStations: { items: MyStation[] }
  get: StationProfile
  me: MeView
  updateProfile: StationProfile
  poster: PosterView
  claimHead: MeView
  listBuildings: { items: BuildingView[] }
  listRooms: { items: RoomOption[] }
  createBuildings: { buildingsCreated: number; householdsCreated: number; skipped: number }
  importHouseholds: ImportResult
  register: MemberSelf
  moveOut: MemberSelf
  verifyQueue: Page<MemberRow>
  verify: MemberRow
  directory: Page<DirectoryRow>
  revealPhone: { memberId: string; phone: string }
  exportDirectory: { filename: string; csv: string; rows: number }
  searchMembers: Page<MemberRow>
  listRoleHolders: { items: MemberRow[] }
  grantRole: MemberRow
  revokeRole: MemberRow
  auditLog: Page<AuditEntry>
  listServicePosts: { items: ServicePostView[] }
  saveServicePost: ServicePostView
  submitPartyReport: PartyReportView
  myPartyReport: PartyReportView | null
  partyStats: PartyStats
  serviceRecord: ServiceRecord
  proxyRegister: PrincipalSummary
  myPrincipals: { items: PrincipalSummary[] }
  revokeProxy: { proxyId: string; status: 'revoked' }
}
