import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { detailOf } from '../detail'

/**
 * The organiser ends the activity: scanning stops. Anyone who forgot to check out stays checked
 * in until the organiser closes their attendance by hand (never silently by a default), and then
 * hours are confirmed. Finishing twice answers the same. Audited.
 */
export const finishActivity = actionsOf<'volunteer'>(volunteerContract).station('finishActivity', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId }) {
    const activity = await managedActivity(ctx, activityId)
    if (activity.status === 'finished') return detailOf(ctx, activity)
    const started = ctx.now.getTime() >= new Date(activity.startAt).getTime()
    if (activity.status !== 'ongoing' && !(activity.status === 'published' && started))
      throw new AppError('CONFLICT', activity.status === 'cancelled' ? '活动已取消' : '活动还没有开始')
    const finished = await ctx.db.activities.patch(
      activity,
      { status: 'finished', finishedAt: ctx.now, updatedAt: ctx.now },
      { status: activity.status },
    )
    await ctx.audit({
      action: 'volunteer.finishActivity',
      targetType: 'activity',
      targetId: activity._id,
      summary: `结束活动「${activity.title}」`,
    })
    return detailOf(ctx, finished)
  },
})
