/**
 * Check-in and check-out by the organiser's rotating QR. The token must be signed for this
 * activity at this station, within one 30-second window of now, and for the direction asked;
 * the activity must be open for check-in; a geofenced activity wants the phone within its radius.
 * Each refusal is a typed error in plain Chinese, and nothing is written before all of them pass.
 * A check-in is one document per person (its id derived from activity and person): a hundred
 * identical scans write it once and all answer the same record; nothing shared is touched.
 */
import type { ParsedInputOf } from '../../types/api'
import type { Direction } from '../../types/qrToken'
import type { ActivityDoc, CheckinDoc } from '../../types/volunteer/entities'
import type { StationCtx } from '../_kernel/action'
import { AppError, invalid, isDuplicateKey, notFound } from '../_kernel/errors'
import { verifyQrToken } from '../_kernel/qrToken'
import { visibleActivity } from './access'
import { checkinId, signupId } from './ids'
import { distanceMetres, servedMinutes } from './rules'

type ScanInput = ParsedInputOf<'volunteer', 'checkIn'>

const OTHER_DIRECTION: Record<Direction, string> = {
  in: '这是签到二维码：签退时请让组织者切换到「签退码」再扫',
  out: '这是签退二维码：请先扫组织者的「签到码」',
}

/** Everything a scan must satisfy before anything is written; answers the activity. */
export async function admit(ctx: StationCtx, input: ScanInput, direction: Direction): Promise<ActivityDoc> {
  const activity = await visibleActivity(ctx, input.activityId)
  const scanned = verifyQrToken(ctx.station._id, `activity:${activity._id}`, input.token, ctx.now)
  if (scanned !== direction) throw invalid('token', OTHER_DIRECTION[scanned])
  if (activity.status !== 'ongoing')
    throw new AppError(
      'CONFLICT',
      activity.status === 'finished' ? '活动已结束，不能再扫码' : '这个活动现在不能扫码签到',
    )
  if (activity.geofence) {
    if (!input.location) throw invalid('location', '这个活动需要确认您在活动地点附近，请允许获取位置后再扫码')
    const metres = Math.round(distanceMetres(input.location, activity.geofence))
    if (metres > activity.geofence.radius)
      throw invalid(
        'location',
        `您离活动地点约 ${metres} 米，需要在 ${activity.geofence.radius} 米内才能签到`,
      )
  }
  return activity
}

export async function checkInAs(
  ctx: StationCtx,
  activity: ActivityDoc,
  by: 'qr' | 'organiser',
  at: Date,
  note: string,
  who = ctx.member!,
): Promise<CheckinDoc> {
  const id = checkinId(ctx.station._id, activity._id, who._id)
  const existing = await ctx.db.checkins.byId(id)
  if (existing) return existing
  const signup = await ctx.db.signups.byId(signupId(ctx.station._id, activity._id, who._id))
  const doc: CheckinDoc = {
    _id: id,
    stationId: ctx.station._id,
    activityId: activity._id,
    activityTitle: activity.title,
    activityStart: activity.startAt,
    teamId: activity.teamId,
    memberId: who._id,
    memberName: who.name,
    status: 'in',
    checkInAt: at,
    checkInBy: by,
    checkOutAt: null,
    checkOutBy: null,
    manualNote: note,
    minutes: 0,
    confirmedMinutes: 0,
    points: 0,
    confirmedAt: null,
    confirmedBy: null,
    correctionPending: false,
    walkIn: signup?.status !== 'signedUp',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  try {
    await ctx.db.checkins.insert(doc)
    return doc
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    return (await ctx.db.checkins.byId(id))!
  }
}

/** Closes an open attendance; a second check-out answers the first one's record. */
export async function checkOutAs(
  ctx: StationCtx,
  activity: ActivityDoc,
  by: 'qr' | 'organiser',
  at: Date,
  note: string,
  memberId = ctx.member!._id,
): Promise<CheckinDoc> {
  const current = await ctx.db.checkins.byId(checkinId(ctx.station._id, activity._id, memberId))
  if (!current) throw notFound('还没有签到记录：请先扫组织者的「签到码」签到')
  if (current.status !== 'in') return current
  if (at.getTime() < new Date(current.checkInAt).getTime()) throw invalid('at', '签退时间不能早于签到时间')
  const values = {
    status: 'out' as const,
    checkOutAt: at,
    checkOutBy: by,
    minutes: servedMinutes(current.checkInAt, at, activity.startAt, activity.endAt),
    manualNote: joinNote(current.manualNote, note),
    updatedAt: ctx.now,
  }
  return ctx.db.checkins.patch(current, values, { status: 'in' })
}

export function joinNote(before: string, note: string): string {
  return [before, note].filter(Boolean).join('；').slice(0, 300)
}
