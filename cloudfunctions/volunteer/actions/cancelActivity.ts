import { volunteerContract } from '../../../types/volunteer'
import type { ActivityDoc } from '../../../types/volunteer/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { notify } from '../../_kernel/wechat/subscriptions'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { detailOf } from '../detail'
import { activityTime } from '../time'

/**
 * Cancels an activity that has not finished, with a reason, and tells everyone signed up or
 * waiting (a subscription message where they allowed one; the outbox keeps every attempt).
 * Cancelling again answers the same and tells nobody twice. Audited.
 */
export const cancelActivity = actionsOf<'volunteer'>(volunteerContract).station('cancelActivity', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId, reason }) {
    const activity = await managedActivity(ctx, activityId)
    if (activity.status === 'cancelled') return detailOf(ctx, activity)
    if (activity.status === 'finished') throw new AppError('CONFLICT', '活动已经结束，不能取消')
    const cancelled = await ctx.db.activities.patch(
      activity,
      { status: 'cancelled', cancelReason: reason, updatedAt: ctx.now },
      { status: activity.status },
    )
    if (cancelled.status !== 'cancelled') throw new AppError('CONFLICT', '活动状态刚刚变了，请刷新后重试')
    await ctx.audit({
      action: 'volunteer.cancelActivity',
      targetType: 'activity',
      targetId: activity._id,
      summary: `取消活动「${activity.title}」：${reason}`,
    })
    await tellEveryone(ctx, cancelled)
    return detailOf(ctx, cancelled)
  },
})

async function tellEveryone(ctx: StationCtx, activity: ActivityDoc) {
  const signups = await ctx.db.signups.findAll(
    { activityId: activity._id, status: inList(['signedUp', 'waitlisted']) },
    [['_id', 'asc']],
    20000,
  )
  for (let i = 0; i < signups.length; i += 100) {
    const ids = signups.slice(i, i + 100).map((s) => s.memberId)
    const people = await ctx.db.members.find({ _id: inList(ids) }, { limit: 100 })
    for (const person of people) {
      await notify(ctx, {
        to: person,
        template: 'activityCancelled',
        data: {
          thing1: activity.title,
          time2: activityTime(activity.startAt),
          thing3: activity.cancelReason,
        },
        page: `packages/volunteer/activity/index?id=${activity._id}`,
        summary: `活动「${activity.title}」已取消，已告知 ${person.name}`,
        key: `cancelled:${activity._id}`,
      })
    }
  }
}
