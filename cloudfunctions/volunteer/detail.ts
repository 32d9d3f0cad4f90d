/** The activity as one person sees it: the card, their place and attendance, what they may do. */
import type { ActivityDoc } from '../../types/volunteer/entities'
import type { ActivityCard, ActivityDetail } from '../../types/volunteer/views'
import type { StationCtx } from '../_kernel/action'
import { urlsFor } from '../_kernel/storage'
import { canManage } from './access'
import { checkinId, signupId } from './ids'
import { waitPosition } from './places'
import { toAttendance, toCard, toMySignup } from './views'

export async function cardsOf(ctx: StationCtx, activities: ActivityDoc[]): Promise<ActivityCard[]> {
  const covers = activities.map((a) => a.coverFileId).filter((f): f is string => !!f)
  const urls = covers.length ? await urlsFor(ctx, covers) : []
  const urlOf = new Map(covers.map((f, i) => [f, urls[i]]))
  return activities.map((a) => toCard(a, ctx.now, a.coverFileId ? (urlOf.get(a.coverFileId) ?? null) : null))
}

export async function detailOf(ctx: StationCtx, activity: ActivityDoc): Promise<ActivityDetail> {
  const me = ctx.member
  const [card] = await cardsOf(ctx, [activity])
  const [waitlisted, checkedIn, signup, attendance] = await Promise.all([
    ctx.db.signups.count({ activityId: activity._id, status: 'waitlisted' }),
    ctx.db.checkins.count({ activityId: activity._id }),
    me ? ctx.db.signups.byId(signupId(ctx.station._id, activity._id, me._id)) : null,
    me ? ctx.db.checkins.byId(checkinId(ctx.station._id, activity._id, me._id)) : null,
  ])
  const mine =
    signup && signup.status !== 'cancelled' ? toMySignup(signup, await waitPosition(ctx, signup)) : null
  return {
    ...card,
    description: activity.description,
    cancelReason: activity.cancelReason,
    waitlisted,
    checkedIn,
    mine,
    attendance: attendance ? toAttendance(attendance) : null,
    canManage: canManage(ctx, activity),
    geofence: canManage(ctx, activity) ? activity.geofence : null,
    signupBlocked: signupBlocked(ctx, activity),
  }
}

/** Why the caller cannot sign up now ('' when they can). */
export function signupBlocked(ctx: Pick<StationCtx, 'member' | 'now'>, a: ActivityDoc): string {
  if (!ctx.member || ctx.member.status === 'left') return '请先登记成为本驿站居民，再报名参加'
  if (ctx.member.status !== 'verified') return '登记审核通过后才能报名'
  if (a.status === 'draft') return '活动还没有发布'
  if (a.status === 'cancelled') return '活动已取消'
  if (a.status !== 'published' || ctx.now.getTime() >= new Date(a.startAt).getTime())
    return '活动已经开始，不能再报名'
  if (ctx.now.getTime() > new Date(a.signupDeadline).getTime()) return '报名已截止'
  return ''
}
