/**
 * Builders for volunteer seed records (activities, sign-ups, attendance, points, vouchers) that
 * keep them consistent the way the actions would: places left = capacity − signed up, confirmed
 * attendance with the points its rule gives, ledger entries with balances that add up. Ids come
 * from the contract's derivations (types/volunteer/ids.ts), so actions find seeded records.
 */
import { createHash } from 'crypto'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../types/points'
import type {
  ActivityDoc,
  CheckinDoc,
  PointsRule,
  RedemptionDoc,
  SignupDoc,
} from '../../types/volunteer/entities'
import { checkinId, signupId } from '../../types/volunteer/ids'

const MINUTE = 60_000

export type ActivitySpec = Pick<ActivityDoc, '_id' | 'title' | 'category' | 'place' | 'teamId' | 'teamName'> &
  Partial<ActivityDoc> & { startAt: Date; endAt: Date; capacity: number; points: PointsRule }

export function activity(
  stationId: string,
  spec: ActivitySpec,
  signedUp: number,
  createdBy: string,
): ActivityDoc {
  const created = new Date(spec.startAt.getTime() - 10 * 24 * 3600_000)
  return {
    stationId,
    description: '',
    signupDeadline: new Date(spec.startAt.getTime() - 3600_000),
    geofence: null,
    coverFileId: null,
    status: 'published',
    cancelReason: '',
    createdBy,
    createdAt: created,
    updatedAt: created,
    openedAt: null,
    finishedAt: null,
    ...spec,
    remaining: spec.capacity - signedUp,
  }
}

export interface Person {
  _id: string
  name: string
}

export function signup(a: ActivityDoc, p: Person, status: SignupDoc['status'], joinedAt: Date): SignupDoc {
  return {
    _id: signupId(a.stationId, a._id, p._id),
    stationId: a.stationId,
    activityId: a._id,
    memberId: p._id,
    memberName: p.name,
    status,
    joinedAt,
    byMemberId: null,
    byName: '',
    activityStart: a.startAt,
    promotedAt: null,
    cancelledAt: null,
    updatedAt: joinedAt,
  }
}

/** Checked in at the start (plus `late` minutes); out after `minutes` if given; confirmed if asked. */
export function attendance(
  a: ActivityDoc,
  p: Person,
  opts: { minutes?: number; late?: number; confirmedBy?: string; points?: number; walkIn?: boolean },
): CheckinDoc {
  const checkInAt = new Date(a.startAt.getTime() + (opts.late ?? 0) * MINUTE)
  const minutes = opts.minutes ?? 0
  const out = opts.minutes === undefined ? null : new Date(checkInAt.getTime() + minutes * MINUTE)
  const confirmedBy = out ? (opts.confirmedBy ?? null) : null
  return {
    _id: checkinId(a.stationId, a._id, p._id),
    stationId: a.stationId,
    activityId: a._id,
    activityTitle: a.title,
    activityStart: a.startAt,
    teamId: a.teamId,
    memberId: p._id,
    memberName: p.name,
    checkInAt,
    checkInBy: 'qr',
    manualNote: '',
    minutes,
    correctionPending: false,
    walkIn: opts.walkIn ?? false,
    createdAt: checkInAt,
    ...checkedOut(out),
    ...confirmation(confirmedBy, minutes, opts.points ?? 0, a.endAt),
    updatedAt: out ?? checkInAt,
  }
}

function checkedOut(out: Date | null): Pick<CheckinDoc, 'status' | 'checkOutAt' | 'checkOutBy'> {
  return out
    ? { status: 'out', checkOutAt: out, checkOutBy: 'qr' }
    : { status: 'in', checkOutAt: null, checkOutBy: null }
}

function confirmation(by: string | null, minutes: number, points: number, at: Date) {
  if (!by) return { confirmedMinutes: 0, points: 0, confirmedAt: null, confirmedBy: null }
  return { status: 'confirmed' as const, confirmedMinutes: minutes, points, confirmedAt: at, confirmedBy: by }
}

// The kernel ledger's derivations (cloudfunctions/_kernel/ledger.ts `entryId`, `balanceId`): a
// seeded balance must sit where postPoints reads it; tests/cloud/volunteer/seed.test.ts checks.
const ledgerId = (prefix: string, text: string) =>
  `${prefix}-${createHash('sha256').update(text).digest('hex').slice(0, 26)}`

export interface Move {
  memberId: string
  delta: number
  reason: string
  refType: string
  refId: string
  idempotencyKey: string
  at: Date
}

/** Ledger entries in time order with their running balances, and each member's balance. */
export function ledger(
  stationId: string,
  moves: Move[],
): { entries: PointsEntryDoc[]; balances: PointsBalanceDoc[] } {
  const totals = new Map<string, { balance: number; earned: number; spent: number; at: Date }>()
  const entries = [...moves]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((m) => {
      const t = totals.get(m.memberId) ?? { balance: 0, earned: 0, spent: 0, at: m.at }
      t.balance += m.delta
      t.earned += Math.max(0, m.delta)
      t.spent += Math.max(0, -m.delta)
      t.at = m.at
      totals.set(m.memberId, t)
      return {
        _id: ledgerId('pe', `${stationId}|${m.idempotencyKey}`),
        stationId,
        memberId: m.memberId,
        delta: m.delta,
        reason: m.reason,
        refType: m.refType,
        refId: m.refId,
        idempotencyKey: m.idempotencyKey,
        balanceAfter: t.balance,
        byMemberId: null,
        createdAt: m.at,
      }
    })
  const balances = [...totals].map(([memberId, t]) => ({
    _id: ledgerId('pb', `${stationId}|${memberId}`),
    stationId,
    memberId,
    balance: t.balance,
    earned: t.earned,
    spent: t.spent,
    updatedAt: t.at,
  }))
  return { entries, balances }
}

/** The ledger move a confirmed attendance made. */
export function award(c: CheckinDoc): Move {
  return {
    memberId: c.memberId,
    delta: c.points,
    reason: `参加志愿活动「${c.activityTitle}」`,
    refType: 'activity',
    refId: c._id,
    idempotencyKey: `attend:${c._id}`,
    at: c.confirmedAt ?? c.updatedAt,
  }
}

export function spend(v: RedemptionDoc, requestKey: string): Move {
  return {
    memberId: v.memberId,
    delta: -v.cost,
    reason: `兑换「${v.rewardTitle}」`,
    refType: 'redemption',
    refId: v._id,
    idempotencyKey: `redeem:${v.memberId}:${requestKey}`,
    at: v.createdAt,
  }
}
