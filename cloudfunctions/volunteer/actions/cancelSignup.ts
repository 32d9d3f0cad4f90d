import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import type { ActivityDoc } from '../../../types/volunteer/entities'
import { AppError } from '../../_kernel/errors'
import { visibleActivity } from '../access'
import { detailOf } from '../detail'
import { signupId } from '../ids'
import { fillFromWaitlist, givePlace } from '../places'

/**
 * Cancels the caller's sign-up (or the person a stand-in acts for) before the deadline. A freed
 * place goes to the first on the waitlist, who is told. Cancelling twice answers the same.
 */
export const cancelSignup = actionsOf<'volunteer'>(volunteerContract).station('cancelSignup', {
  access: 'verified',
  proxy: true,
  label: '取消活动报名',
  async run(ctx, { activityId }) {
    const activity = await visibleActivity(ctx, activityId)
    const signup = await ctx.db.signups.byId(signupId(ctx.station._id, activity._id, ctx.member!._id))
    if (!signup || signup.status === 'cancelled') return detailOf(ctx, activity)
    refuseLate(activity, ctx.now)
    const cancelled = await ctx.db.signups.updateById(
      signup._id,
      { status: 'cancelled', cancelledAt: ctx.now, updatedAt: ctx.now },
      { status: signup.status },
    )
    if (cancelled && signup.status === 'signedUp' && activity.status === 'published') {
      await givePlace(ctx, activity._id)
      await fillFromWaitlist(ctx, activity)
    }
    return detailOf(ctx, (await ctx.db.activities.byId(activity._id)) ?? activity)
  },
})

/** After the deadline people tell the organiser in person; the app does not cancel for them. */
function refuseLate(activity: ActivityDoc, now: Date) {
  if (activity.status === 'published' && now.getTime() > new Date(activity.signupDeadline).getTime())
    throw new AppError('CONFLICT', '报名已截止，不能在小程序里取消了，请直接联系组织者')
  if (activity.status === 'ongoing' || activity.status === 'finished')
    throw new AppError('CONFLICT', '活动已经开始，不能取消报名')
}
