/** Mappers from stored documents to what the volunteer contract promises the app. */
import type { PointsEntryDoc, PointsEntryView } from '../../types/points'
import type {
  ActivityDoc,
  CheckinDoc,
  CorrectionDoc,
  RedemptionDoc,
  RewardDoc,
  SignupDoc,
  VolunteerTeamDoc,
} from '../../types/volunteer/entities'
import type { ActivityPhase, VoucherState } from '../../types/volunteer/labels'
import type {
  ActivityCard,
  AttendanceView,
  CorrectionView,
  MySignup,
  RewardView,
  TeamView,
  VoucherView,
} from '../../types/volunteer/views'

const iso = (d: Date) => new Date(d).toISOString()
const isoOrNull = (d: Date | null) => (d ? iso(d) : null)
const ms = (d: Date) => new Date(d).getTime()

export function toTeam(t: VolunteerTeamDoc): TeamView {
  return { teamId: t._id, name: t.name, description: t.description }
}

/** The stored status read against the clock: what a resident should be told. */
export function phaseOf(a: ActivityDoc, now: Date): ActivityPhase {
  if (a.status === 'draft' || a.status === 'cancelled' || a.status === 'finished') return a.status
  const t = now.getTime()
  if (a.status === 'ongoing') return t > ms(a.endAt) ? 'ended' : 'ongoing'
  if (t > ms(a.endAt)) return 'ended'
  if (t >= ms(a.startAt)) return 'ongoing'
  return t > ms(a.signupDeadline) ? 'closed' : 'open'
}

export function toCard(a: ActivityDoc, now: Date, coverUrl: string | null = null): ActivityCard {
  return {
    activityId: a._id,
    title: a.title,
    category: a.category,
    place: a.place,
    teamId: a.teamId,
    teamName: a.teamName,
    startAt: iso(a.startAt),
    endAt: iso(a.endAt),
    signupDeadline: iso(a.signupDeadline),
    capacity: a.capacity,
    signedUp: a.capacity - a.remaining,
    remaining: a.remaining,
    points: a.points,
    status: a.status,
    phase: phaseOf(a, now),
    hasGeofence: a.geofence !== null,
    coverUrl: coverUrl || null,
  }
}

export function toMySignup(s: SignupDoc, waitPosition: number | null): MySignup {
  return {
    status: s.status,
    waitPosition: s.status === 'waitlisted' ? waitPosition : null,
    byName: s.byName,
    joinedAt: iso(s.joinedAt),
  }
}

export function toAttendance(c: CheckinDoc): AttendanceView {
  return {
    checkinId: c._id,
    activityId: c.activityId,
    activityTitle: c.activityTitle,
    activityStart: iso(c.activityStart),
    memberId: c.memberId,
    memberName: c.memberName,
    status: c.status,
    checkInAt: iso(c.checkInAt),
    checkInBy: c.checkInBy,
    checkOutAt: isoOrNull(c.checkOutAt),
    checkOutBy: c.checkOutBy,
    manualNote: c.manualNote,
    minutes: c.minutes,
    confirmedMinutes: c.confirmedMinutes,
    points: c.points,
    correctionPending: c.correctionPending,
    walkIn: c.walkIn,
  }
}

export function toCorrection(c: CorrectionDoc): CorrectionView {
  return {
    requestId: c._id,
    checkinId: c.checkinId,
    activityTitle: c.activityTitle,
    memberId: c.memberId,
    memberName: c.memberName,
    fromMinutes: c.fromMinutes,
    toMinutes: c.toMinutes,
    reason: c.reason,
    status: c.status,
    decidedByName: c.decidedByName,
    decisionNote: c.decisionNote,
    createdAt: iso(c.createdAt),
  }
}

export function toEntry(e: PointsEntryDoc): PointsEntryView {
  return {
    entryId: e._id,
    delta: e.delta,
    reason: e.reason,
    refType: e.refType,
    balanceAfter: e.balanceAfter,
    at: iso(e.createdAt),
  }
}

export function toReward(r: RewardDoc, imageUrl: string | null, myAllowance: number | null): RewardView {
  return {
    rewardId: r._id,
    title: r.title,
    description: r.description,
    provider: r.provider,
    cost: r.cost,
    stock: r.stock,
    issued: r.issued,
    perPersonLimit: r.perPersonLimit,
    validUntil: iso(r.validUntil),
    status: r.status,
    imageUrl: imageUrl || null,
    myAllowance,
  }
}

export function voucherState(v: RedemptionDoc, now: Date): VoucherState {
  if (v.status === 'used') return 'used'
  return ms(v.validUntil) < now.getTime() ? 'expired' : 'issued'
}

export function toVoucher(v: RedemptionDoc, now: Date): VoucherView {
  return {
    voucherId: v._id,
    code: v.code,
    rewardId: v.rewardId,
    rewardTitle: v.rewardTitle,
    provider: v.provider,
    memberName: v.memberName,
    cost: v.cost,
    state: voucherState(v, now),
    validUntil: iso(v.validUntil),
    createdAt: iso(v.createdAt),
    usedAt: isoOrNull(v.usedAt),
    usedByName: v.usedByName,
  }
}
