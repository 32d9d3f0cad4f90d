import { volunteerContract } from '../../../types/volunteer'
import { VOLUNTEER_LIMITS } from '../../../types/limits'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { confirmOne, inBatches } from '../confirm'

/**
 * After (or during) the activity the organiser confirms service hours: for the people named, or
 * everyone who has checked out. Anyone still checked in is left out and named, so the organiser
 * closes their attendance by hand first. Confirming again changes nothing. Audited.
 */
export const confirmHours = actionsOf<'volunteer'>(volunteerContract).station('confirmHours', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId, memberIds }) {
    const activity = await managedActivity(ctx, activityId)
    if (activity.status !== 'ongoing' && activity.status !== 'finished')
      throw new AppError('CONFLICT', '活动开始签到以后才能确认时长')
    const who = memberIds ? { memberId: inList(memberIds) } : {}
    const open = await ctx.db.checkins.find(
      { activityId: activity._id, ...who, status: inList(['in', 'out']) },
      { orderBy: [['_id', 'asc']], limit: VOLUNTEER_LIMITS.confirmBatch },
    )
    const ready = open.filter((c) => c.status === 'out')
    const results = await inBatches(ready, 4, (c) => confirmOne(ctx, activity, c._id))
    const done = results.filter((r) => r.confirmed)
    const pointsAwarded = done.reduce((n, r) => n + r.points, 0)
    if (done.length > 0) {
      await ctx.audit({
        action: 'volunteer.confirmHours',
        targetType: 'activity',
        targetId: activity._id,
        summary: `确认「${activity.title}」${done.length} 人的服务时长，发放 ${pointsAwarded} 积分`,
      })
    }
    return {
      confirmed: done.length,
      pointsAwarded,
      skipped: open
        .filter((c) => c.status === 'in')
        .map((c) => ({ memberId: c.memberId, name: c.memberName, reason: '还没有签退，请先为他签退' })),
    }
  },
})
