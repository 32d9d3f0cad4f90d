/**
 * Stored documents of the volunteer domain: teams, activities, sign-ups, attendance (check-in and
 * check-out, then confirmed service hours), hours corrections, rewards and their vouchers,
 * featured neighbours (红旗好人) and hours certificates. Points live in the kernel ledger
 * (types/points.ts); this domain only says why they move.
 */

/** 志愿服务队: an organiser is granted a role scoped to one or more of these. */
export interface VolunteerTeamDoc {
  _id: string
  stationId: string
  name: string
  description: string
  sort: number
  createdAt: Date
}

export const ACTIVITY_CATEGORIES = [
  'haircut',
  'clinic',
  'cleanup',
  'charging',
  'patrol',
  'policy',
  'afterSchool',
  'other',
] as const
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number]

/** `draft` → `published` → `ongoing` (check-in opened) → `finished`; or `cancelled`. */
export const ACTIVITY_STATUSES = ['draft', 'published', 'ongoing', 'finished', 'cancelled'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

/** Fixed points per attendance, or points per hour served with a cap. */
export interface PointsRule {
  mode: 'fixed' | 'perHour'
  amount: number
  /** For `perHour`: the most one attendance earns (0 for `fixed`). */
  cap: number
}

/** Check-in only within `radius` metres of the place. */
export interface Geofence {
  lat: number
  lng: number
  radius: number
}

export interface ActivityDoc {
  _id: string
  stationId: string
  title: string
  category: ActivityCategory
  description: string
  place: string
  teamId: string
  teamName: string
  startAt: Date
  endAt: Date
  signupDeadline: Date
  capacity: number
  /**
   * Places left. Signing up takes one with a conditional update (`remaining > 0`), so concurrent
   * sign-ups never exceed the capacity and nobody meets a transaction conflict.
   */
  remaining: number
  points: PointsRule
  geofence: Geofence | null
  coverFileId: string | null
  status: ActivityStatus
  cancelReason: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
  openedAt: Date | null
  finishedAt: Date | null
}

export type SignupStatus = 'signedUp' | 'waitlisted' | 'cancelled'

/** One person's place at an activity (id derived from activity + member: one per person). */
export interface SignupDoc {
  _id: string
  stationId: string
  activityId: string
  memberId: string
  memberName: string
  status: SignupStatus
  /** Arrival order: the waitlist is served by (joinedAt, _id). */
  joinedAt: Date
  /** A stand-in (代办) who signed them up, shown to the organiser. */
  byMemberId: string | null
  byName: string
  activityStart: Date
  promotedAt: Date | null
  cancelledAt: Date | null
  updatedAt: Date
}

/**
 * One person's attendance: check-in and check-out (by QR or by the organiser's hand, with a
 * reason), the minutes served clipped to the activity's window, and once the organiser confirms
 * them, service hours as a record and the points they earned.
 */
export interface CheckinDoc {
  _id: string
  stationId: string
  activityId: string
  activityTitle: string
  /** The activity's start: dates the attendance in service records and monthly figures. */
  activityStart: Date
  teamId: string
  memberId: string
  memberName: string
  status: 'in' | 'out' | 'confirmed'
  checkInAt: Date
  checkInBy: 'qr' | 'organiser'
  checkOutAt: Date | null
  checkOutBy: 'qr' | 'organiser' | null
  /** Reasons the organiser gave for checking someone in or out by hand. */
  manualNote: string
  /** Check-out − check-in, clipped to the activity's window. */
  minutes: number
  /** Confirmed service minutes (0 until confirmed); changed only by an approved correction. */
  confirmedMinutes: number
  /** Points this attendance has earned so far, net of corrections and reversals. */
  points: number
  confirmedAt: Date | null
  confirmedBy: string | null
  /** Set while a correction request waits, so there is one at a time. */
  correctionPending: boolean
  /** Came without signing up. */
  walkIn: boolean
  createdAt: Date
  updatedAt: Date
}

/** A volunteer's request to correct confirmed hours; staff approve or reject it. */
export interface CorrectionDoc {
  _id: string
  stationId: string
  checkinId: string
  activityId: string
  activityTitle: string
  memberId: string
  memberName: string
  fromMinutes: number
  toMinutes: number
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  decidedBy: string | null
  decidedByName: string
  decisionNote: string
  createdAt: Date
  decidedAt: Date | null
}

/** 专属优惠包: a reward offered by the station, the property company or a merchant (`provider`). */
export interface RewardDoc {
  _id: string
  stationId: string
  title: string
  description: string
  /** Who honours it, e.g. 馨安物业, 老街理发店; a merchant role is scoped to one provider. */
  provider: string
  cost: number
  /** Left to redeem: taken with a conditional update (`stock > 0`), so it never oversells. */
  stock: number
  issued: number
  perPersonLimit: number
  /** Vouchers are honoured until this instant. */
  validUntil: Date
  imageFileId: string | null
  status: 'active' | 'withdrawn'
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** A voucher: one redemption of a reward, verified (核销) once by its provider. */
export interface RedemptionDoc {
  _id: string
  stationId: string
  rewardId: string
  rewardTitle: string
  provider: string
  memberId: string
  memberName: string
  cost: number
  /** Typed or scanned at the counter; unique per station. */
  code: string
  status: 'issued' | 'used'
  validUntil: Date
  createdAt: Date
  usedAt: Date | null
  usedBy: string | null
  usedByName: string
}

/** How often a member has redeemed a reward: the per-person limit, kept in the redeeming transaction. */
export interface RedemptionCountDoc {
  _id: string
  stationId: string
  rewardId: string
  memberId: string
  count: number
  updatedAt: Date
}

/** 红旗好人: a neighbour staff feature on the honour roll, with their story. */
export interface FeaturedDoc {
  _id: string
  stationId: string
  name: string
  memberId: string | null
  story: string
  /** The month it is featured for, `2026-11`. */
  month: string
  byMemberId: string
  createdAt: Date
}

/** 志愿服务时长证明: what was certified, under a number staff can look up. */
export interface CertificateDoc {
  _id: string
  stationId: string
  number: string
  memberId: string
  memberName: string
  from: string
  to: string
  minutes: number
  attendances: number
  stationName: string
  issuedAt: Date
}
