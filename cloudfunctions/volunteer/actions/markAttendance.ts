import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { AppError, invalid, notFound } from '../../_kernel/errors'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { checkInAs, checkOutAs } from '../scan'
import { toAttendance } from '../views'

const SLACK_MS = 2 * 3600 * 1000

/**
 * The organiser checks someone in or out by hand — a phone without WeChat, a forgotten check-out
 * — at a time they state (around the activity, never in the future), with a reason. Audited with
 * both names. A forgotten check-out is closed this way, never by a default.
 */
export const markAttendance = actionsOf<'volunteer'>(volunteerContract).station('markAttendance', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId, memberId, direction, at, reason }) {
    const activity = await managedActivity(ctx, activityId)
    if (activity.status !== 'ongoing' && activity.status !== 'finished')
      throw new AppError('CONFLICT', '打开签到以后才能代为签到或签退')
    const start = new Date(activity.startAt).getTime() - SLACK_MS
    const end = new Date(activity.endAt).getTime() + SLACK_MS
    if (at.getTime() > ctx.now.getTime()) throw invalid('at', '时间不能晚于现在')
    if (at.getTime() < start || at.getTime() > end) throw invalid('at', '时间应在活动前后两小时之内')
    const person = await ctx.db.members.byId(memberId)
    if (!person || person.status !== 'verified') throw notFound('没有找到这位已认证的居民')
    const note = `${ctx.member!.name}代为${direction === 'in' ? '签到' : '签退'}：${reason}`
    const record =
      direction === 'in'
        ? await checkInAs(ctx, activity, 'organiser', at, note, person)
        : await checkOutAs(ctx, activity, 'organiser', at, note, person._id)
    await ctx.audit({
      action: 'volunteer.markAttendance',
      targetType: 'checkin',
      targetId: record._id,
      summary: `为 ${person.name} 代为${direction === 'in' ? '签到' : '签退'}「${activity.title}」：${reason}`,
    })
    return toAttendance(record)
  },
})
