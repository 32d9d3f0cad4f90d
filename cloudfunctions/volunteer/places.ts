/**
 * Places at an activity. Capacity is held by one number on the activity (`remaining`), taken and
 * given back with conditional single-document updates: concurrent sign-ups wait for each other's
 * write instead of failing as transactions would, so 30 people tapping at once see 已报名 or
 * 候补, never a conflict. The waitlist is served in arrival order (joinedAt, then id).
 */
import type { ActivityDoc, SignupDoc } from '../../types/volunteer/entities'
import type { StationCtx } from '../_kernel/action'
import { command } from '../_kernel/query'
import { notify } from '../_kernel/wechat/subscriptions'
import { activityTime } from './time'

type Ctx = Pick<StationCtx, 'db' | 'now' | 'station'>

/** Takes one place if any is left and the activity still takes sign-ups. */
export async function takePlace(ctx: Ctx, activityId: string): Promise<boolean> {
  return ctx.db.activities.updateById(
    activityId,
    { remaining: command().inc(-1) },
    { remaining: command().gt(0), status: 'published' },
  )
}

export async function givePlace(ctx: Ctx, activityId: string): Promise<void> {
  await ctx.db.activities.updateById(activityId, { remaining: command().inc(1) })
}

/** The waitlisted, first come first served. */
export function waitlistOrder(): [string, 'asc' | 'desc'][] {
  return [
    ['joinedAt', 'asc'],
    ['_id', 'asc'],
  ]
}

/** 1 for the first on the waitlist: how many arrived before them, plus one. */
export async function waitPosition(ctx: Ctx, s: SignupDoc): Promise<number | null> {
  if (s.status !== 'waitlisted') return null
  const before = await ctx.db.signups.count(
    command().and([
      { activityId: s.activityId, status: 'waitlisted' },
      command().or([
        { joinedAt: command().lt(s.joinedAt) },
        { joinedAt: command().eq(s.joinedAt), _id: command().lt(s._id) },
      ]),
    ]),
  )
  return before + 1
}

/**
 * Gives free places to the waitlisted, in order, and tells each promoted person. A place is taken
 * before the person is moved, and given back if they cancelled meanwhile, so nobody is promoted
 * into a place that is not there.
 */
export async function fillFromWaitlist(ctx: Ctx, activity: ActivityDoc): Promise<SignupDoc[]> {
  const promoted: SignupDoc[] = []
  for (let guard = 0; guard < 1000; guard++) {
    const [head] = await ctx.db.signups.find(
      { activityId: activity._id, status: 'waitlisted' },
      { orderBy: waitlistOrder(), limit: 1 },
    )
    if (!head) break
    if (!(await takePlace(ctx, activity._id))) break
    const moved = await ctx.db.signups.updateById(
      head._id,
      { status: 'signedUp', promotedAt: ctx.now, updatedAt: ctx.now },
      { status: 'waitlisted' },
    )
    if (!moved) {
      await givePlace(ctx, activity._id)
      continue
    }
    promoted.push({ ...head, status: 'signedUp', promotedAt: ctx.now })
    await tellPromoted(ctx, activity, head)
  }
  return promoted
}

async function tellPromoted(ctx: Ctx, activity: ActivityDoc, s: SignupDoc) {
  const person = await ctx.db.members.byId(s.memberId)
  if (!person) return
  await notify(ctx, {
    to: person,
    template: 'activityPromoted',
    data: { thing1: activity.title, time2: activityTime(activity.startAt), thing3: '候补转为正式报名' },
    page: `packages/volunteer/activity/index?id=${activity._id}`,
    summary: `${person.name} 从候补转为「${activity.title}」正式报名`,
    key: `promoted:${s._id}:${new Date(s.joinedAt).getTime()}`,
  })
}
