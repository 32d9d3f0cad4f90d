import { volunteerContract } from '../../../types/volunteer'
import type { ActivityDoc, SignupDoc } from '../../../types/volunteer/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { AppError, isDuplicateKey } from '../../_kernel/errors'
import { visibleActivity } from '../access'
import { detailOf, signupBlocked } from '../detail'
import { signupId } from '../ids'
import { givePlace, takePlace } from '../places'

/**
 * Signs the caller (or, for a stand-in, the person they act for — recorded with the stand-in's
 * name) up for an activity: a place if one is left, else the waitlist in arrival order. A place
 * is taken by a conditional update of the activity, so the capacity holds under any number of
 * simultaneous sign-ups; signing up again answers the same place.
 */
export const signUp = actionsOf<'volunteer'>(volunteerContract).station('signUp', {
  access: 'verified',
  proxy: true,
  label: '报名志愿活动',
  async run(ctx, { activityId }) {
    const activity = await visibleActivity(ctx, activityId)
    const id = signupId(ctx.station._id, activity._id, ctx.member!._id)
    const existing = await ctx.db.signups.byId(id)
    if (existing && existing.status !== 'cancelled') return detailOf(ctx, activity)
    const blocked = signupBlocked(ctx, activity)
    if (blocked) throw new AppError('CONFLICT', blocked)
    const took = await takePlace(ctx, activity._id)
    if (!took) await stillOpen(ctx, activity._id)
    const doc: SignupDoc = {
      _id: id,
      stationId: ctx.station._id,
      activityId: activity._id,
      memberId: ctx.member!._id,
      memberName: ctx.member!.name,
      status: took ? 'signedUp' : 'waitlisted',
      joinedAt: ctx.now,
      byMemberId: ctx.proxy ? ctx.actor!._id : null,
      byName: ctx.proxy ? ctx.actor!.name : '',
      activityStart: activity.startAt,
      promotedAt: null,
      cancelledAt: null,
      updatedAt: ctx.now,
    }
    const stored = await record(ctx, existing, doc)
    // The same person twice at once: the other call holds the place; give back ours.
    if (!stored && took) await givePlace(ctx, activity._id)
    return detailOf(ctx, (await ctx.db.activities.byId(activity._id)) ?? activity)
  },
})

/** No place was taken: full (waitlist) — unless the activity stopped taking sign-ups meanwhile. */
async function stillOpen(ctx: StationCtx, activityId: string): Promise<ActivityDoc> {
  const now = await ctx.db.activities.byId(activityId)
  if (!now || now.status !== 'published') throw new AppError('CONFLICT', '活动已停止报名')
  return now
}

/** Writes the sign-up; false when a simultaneous identical call already did. */
async function record(ctx: StationCtx, existing: SignupDoc | null, doc: SignupDoc): Promise<boolean> {
  if (existing) {
    const { _id, stationId, ...values } = doc
    void stationId
    return ctx.db.signups.updateById(_id, values, { status: 'cancelled' })
  }
  try {
    await ctx.db.signups.insert(doc)
    return true
  } catch (err) {
    if (isDuplicateKey(err)) return false
    throw err
  }
}
