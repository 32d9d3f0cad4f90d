/** What the volunteer function answers with: views of activities, attendance, points and rewards. */
import type { ActivityCategory, ActivityStatus, Geofence, PointsRule, SignupStatus } from './entities'
import type { ActivityPhase, VoucherState } from './labels'

export interface TeamView {
  teamId: string
  name: string
  description: string
}

export interface ActivityCard {
  activityId: string
  title: string
  category: ActivityCategory
  place: string
  teamId: string
  teamName: string
  startAt: string
  endAt: string
  signupDeadline: string
  capacity: number
  signedUp: number
  remaining: number
  points: PointsRule
  status: ActivityStatus
  /** The status read against the clock, for people (labels.ts PHASE_LABELS). */
  phase: ActivityPhase
  hasGeofence: boolean
  coverUrl: string | null
}

export interface MySignup {
  status: SignupStatus
  /** 1 for the first on the waitlist; null unless waitlisted. */
  waitPosition: number | null
  /** Signed up by a stand-in (代办): their name. */
  byName: string
  joinedAt: string
}

export interface AttendanceView {
  checkinId: string
  activityId: string
  activityTitle: string
  activityStart: string
  memberId: string
  memberName: string
  status: 'in' | 'out' | 'confirmed'
  checkInAt: string
  checkInBy: 'qr' | 'organiser'
  checkOutAt: string | null
  checkOutBy: 'qr' | 'organiser' | null
  manualNote: string
  minutes: number
  confirmedMinutes: number
  points: number
  correctionPending: boolean
  walkIn: boolean
}

export interface ActivityDetail extends ActivityCard {
  description: string
  cancelReason: string
  waitlisted: number
  /** Check-ins so far (a count, not a figure kept by writes: check-in touches no shared document). */
  checkedIn: number
  mine: MySignup | null
  attendance: AttendanceView | null
  /** The caller may edit, open check-in, confirm hours. */
  canManage: boolean
  /** The check-in area, for those who run the activity (null for everyone else). */
  geofence: Geofence | null
  /** Why the caller cannot sign up now, in plain Chinese; '' when they can. */
  signupBlocked: string
}

/** Handed to the organiser when check-in opens: the phone draws each 30-second QR itself. */
export interface CheckinKey {
  activityId: string
  stationCode: string
  /** `activity:<id>`: what the tokens are signed for. */
  subject: string
  /** Derived from the server's secret for this activity only. */
  key: string
  windowSeconds: number
  /** The server's clock, so a phone whose clock is off can correct for it. */
  serverNow: string
  activity: ActivityCard
}

export interface RosterRow {
  memberId: string
  name: string
  signup: SignupStatus | null
  waitPosition: number | null
  byName: string
  attendance: AttendanceView | null
}

export interface RosterCounts {
  signedUp: number
  waitlisted: number
  checkedIn: number
  checkedOut: number
  confirmed: number
}

export interface ConfirmResult {
  confirmed: number
  pointsAwarded: number
  /** Attendances left unconfirmed, with why (e.g. 还没有签退). */
  skipped: { memberId: string; name: string; reason: string }[]
}

export interface CorrectionView {
  requestId: string
  checkinId: string
  activityTitle: string
  memberId: string
  memberName: string
  fromMinutes: number
  toMinutes: number
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  decidedByName: string
  decisionNote: string
  createdAt: string
}

export interface PointsSummary {
  balance: number
  earned: number
  spent: number
  /** Confirmed service, all time: untouched by spending points. */
  serviceMinutes: number
}

export interface RewardView {
  rewardId: string
  title: string
  description: string
  provider: string
  cost: number
  stock: number
  issued: number
  perPersonLimit: number
  validUntil: string
  status: 'active' | 'withdrawn'
  imageUrl: string | null
  /** How many more the caller may redeem (0 when the limit is reached); null for guests. */
  myAllowance: number | null
}

export interface VoucherView {
  voucherId: string
  code: string
  rewardId: string
  rewardTitle: string
  provider: string
  memberName: string
  cost: number
  state: VoucherState
  validUntil: string
  createdAt: string
  usedAt: string | null
  usedByName: string
}

export interface HonourEntry {
  rank: number
  memberId: string
  name: string
  minutes: number
  points: number
  attendances: number
}

export interface FeaturedView {
  featuredId: string
  name: string
  story: string
  month: string
}

export interface HonourRoll {
  period: string
  by: 'hours' | 'points'
  entries: HonourEntry[]
  featured: FeaturedView[]
}

export interface VolunteerStats {
  total: { minutes: number; points: number; attendances: number }
  rewards: { vouchers: number; pointsSpent: number; used: number }
  /** Last months first. */
  months: {
    month: string
    minutes: number
    points: number
    attendances: number
    vouchers: number
    pointsSpent: number
  }[]
}

export interface CertificateView {
  number: string
  memberName: string
  stationName: string
  from: string
  to: string
  minutes: number
  attendances: number
  issuedAt: string
  /** For lookup: does the certified figure still match the confirmed record? */
  stillMatches?: boolean
}
