/**
 * Stored documents of the cloud database. Every record but a station carries `stationId`;
 * dates are stored as Date and travel to the client as ISO strings.
 */
import type { FileKind, ImageType } from './files'

/** 三方 (plus the community): the sides that answer for what happens in a compound. */
export const SIDES = ['partyBranch', 'ownersCommittee', 'propertyCompany', 'community'] as const
export type Side = (typeof SIDES)[number]

/** Roles staff grant, in the order pages list them. 站长 / 副站长 / 工作人员 / 楼长 / 三方代表. */
export const GRANTED_ROLES = ['stationHead', 'deputyHead', 'staff', 'buildingHead', 'sideRep'] as const
export type GrantedRole = (typeof GRANTED_ROLES)[number]
/** Roles that follow from a verified registration. */
export type DerivedRole = 'resident' | 'volunteer' | 'partyMember'
export type Role = GrantedRole | DerivedRole

/** 业主 / 租户 / 家庭成员 */
export const RELATIONS = ['owner', 'tenant', 'family'] as const
export type Relation = (typeof RELATIONS)[number]

export const MEMBER_STATUSES = ['pending', 'verified', 'rejected', 'left'] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

export interface TeamSeat {
  name: string
  /** 站长 / 副站长 / 成员 */
  post: 'stationHead' | 'deputyHead' | 'member'
  side?: Side
  /** What residents read, e.g. 党支部书记, 业委会主任, 物业项目经理. */
  title: string
}

export interface StationRoom {
  name: string
  use: string
}

export interface StationDoc {
  _id: string
  /** Short code carried by the station QR (`s=<code>`). */
  code: string
  name: string
  address: string
  openingHours: string
  services: string[]
  rooms: StationRoom[]
  team: TeamSeat[]
  intro: string
  community: string
  createdAt: Date
  updatedAt: Date
}

export interface BuildingDoc {
  _id: string
  stationId: string
  /** e.g. 1栋 */
  name: string
  sort: number
  units: number
  createdAt: Date
}

export interface HouseholdDoc {
  _id: string
  stationId: string
  buildingId: string
  unit: number
  room: string
  floor: number
  createdAt: Date
}

export interface MemberDoc {
  _id: string
  stationId: string
  /** The WeChat OPENID; `offline:<id>` for a person served only through a stand-in (代办). */
  openid: string
  name: string
  phone: string
  /** True when WeChat verified the number (phone button) or a building head confirmed it. */
  phoneVerified: boolean
  householdId: string | null
  /** Denormalised from the household so a building head's queue is one indexed query. */
  buildingId: string | null
  relation: Relation | null
  status: MemberStatus
  rejectReason: string
  isVolunteer: boolean
  skills: string[]
  isPartyMember: boolean
  roles: GrantedRole[]
  /** Which side a sideRep speaks for. */
  side: Side | null
  /** Buildings a buildingHead heads. */
  headOf: string[]
  /** 旗手团队 group a building head leads. */
  flagTeam: string
  offline: boolean
  createdAt: Date
  updatedAt: Date
  verifiedAt: Date | null
  verifiedBy: string | null
  leftAt: Date | null
}

export interface AuditDoc {
  _id: string
  stationId: string
  actorId: string | null
  actorName: string
  /** The member a stand-in acted for (代办). */
  onBehalfOf: string | null
  action: string
  targetType: string
  targetId: string
  /** Plain Chinese, shown to staff. */
  summary: string
  at: Date
}

export interface ServicePostDoc {
  _id: string
  stationId: string
  name: string
  description: string
  sort: number
  active: boolean
  createdAt: Date
}

export interface PartyReportDoc {
  _id: string
  stationId: string
  memberId: string
  name: string
  workUnit: string
  partyOrg: string
  postId: string | null
  buildingId: string | null
  reportedAt: Date
  updatedAt: Date
}

export const CONSENT_METHODS = ['inPerson', 'paper', 'phone'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

export interface ProxyDoc {
  _id: string
  stationId: string
  principalId: string
  principalName: string
  /** The principal's building, so a building head's queue of requests is one indexed query. */
  buildingId: string | null
  agentId: string
  agentName: string
  consentMethod: ConsentMethod
  consentNote: string
  /**
   * `active` when the stand-in registered a new neighbour (whose registration is then verified
   * like anyone's) or a building head approved the request; `requested` grants nothing.
   */
  status: 'requested' | 'active' | 'revoked' | 'declined'
  decidedBy: string | null
  decidedAt: Date | null
  declineReason: string
  createdAt: Date
  revokedAt: Date | null
}

/** A generated station poster QR, stored once (wxacode calls are rate-limited). */
export interface QrCodeDoc {
  _id: string
  stationId: string
  scene: string
  page: string
  /** The PNG in cloud storage (a `files` record with itemType `qrcode`, itemId = this scene). */
  fileID: string
  createdAt: Date
}

/**
 * A file in cloud storage that a record uses, written when a function accepts it
 * (cloudfunctions/_kernel/storage.ts). Temporary URLs are only made for files recorded here
 * for the caller's station, and replacing or deleting the record deletes the file.
 */
export interface FileDoc {
  _id: string
  stationId: string
  /** `cloud://<env>.<bucket>/stations/<stationId>/<kind>/<owner>/<name>.<ext>` */
  fileID: string
  kind: FileKind
  /** The record that shows it, e.g. `qrcode` and its scene, or `topic` and the topic's id. */
  itemType: string
  itemId: string
  /** Who uploaded it; both null for a file a function made. */
  ownerMemberId: string | null
  ownerOpenid: string | null
  bytes: number
  /** From the file's first bytes, not its name. */
  mime: ImageType
  /**
   * WeChat's image check (security.mediaCheckAsync): `none` for files a function made,
   * `pending` until the verdict is pushed; a `risky` file is no longer handed out.
   */
  check: 'none' | 'pending' | 'pass' | 'review' | 'risky'
  traceId: string | null
  checkedAt: Date | null
  createdAt: Date
}

/** A volunteer activity; the volunteer domain extends it. */
export interface ActivityDoc {
  _id: string
  stationId: string
  title: string
  startAt: Date
  endAt: Date
  createdAt: Date
}

/** One person's attendance at an activity: what service hours are counted from. */
export interface CheckinDoc {
  _id: string
  stationId: string
  activityId: string
  memberId: string
  checkInAt: Date
  checkOutAt: Date | null
  minutes: number
}

/** A one-time token with which the first 站长 of a new station claims the role. */
export interface ClaimTokenDoc {
  _id: string
  stationId: string
  token: string
  role: 'stationHead'
  name: string
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
  createdAt: Date
}

/**
 * One shard of a station counter: figures kept up to date in the same transaction as the write
 * that changes them, so a figure page reads a few documents instead of scanning records.
 * `dims` says what it counts within (a building, a post, a month); `values` holds the numbers.
 */
export interface CounterDoc {
  _id: string
  stationId: string
  name: string
  dims: Record<string, string | null>
  shard: number
  values: Record<string, number>
  updatedAt: Date
}

/**
 * Consents a person gave for one template: each allows exactly one message (WeChat's one-time
 * subscription). `available` goes up when they accept in the prompt and down when one is sent.
 */
export interface SubscriptionDoc {
  _id: string
  stationId: string
  memberId: string
  openid: string
  template: string
  available: number
  updatedAt: Date
}

/** Every subscription message the product tried to send, and what became of it. */
export interface OutboxDoc {
  _id: string
  stationId: string
  memberId: string
  memberName: string
  openid: string
  template: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  /** One line for staff reading the outbox, e.g. "议题「楼道灯不亮」已答复". */
  summary: string
  status: 'sending' | 'sent' | 'noConsent' | 'failed' | 'offline'
  errCode: number
  errMsg: string
  createdAt: Date
}
