import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { detailOf } from '../detail'

/** A draft becomes visible and open for sign-up. Publishing twice answers the same. Audited. */
export const publishActivity = actionsOf<'volunteer'>(volunteerContract).station('publishActivity', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId }) {
    const activity = await managedActivity(ctx, activityId)
    if (activity.status === 'published') return detailOf(ctx, activity)
    if (activity.status !== 'draft') throw new AppError('CONFLICT', '只有草稿可以发布')
    if (new Date(activity.endAt).getTime() <= ctx.now.getTime())
      throw new AppError('CONFLICT', '活动时间已经过去，请先修改时间再发布')
    const published = await ctx.db.activities.patch(
      activity,
      { status: 'published', updatedAt: ctx.now },
      { status: 'draft' },
    )
    await ctx.audit({
      action: 'volunteer.publishActivity',
      targetType: 'activity',
      targetId: activity._id,
      summary: `发布活动「${activity.title}」`,
    })
    return detailOf(ctx, published)
  },
})
