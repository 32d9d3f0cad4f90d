import { volunteerContract } from '../../../types/volunteer'
import { WINDOW_SECONDS } from '../../../types/qrToken'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { qrKey } from '../../_kernel/qrToken'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { toCard } from '../views'

/** Check-in opens this long before the start, so people arriving early can scan. */
const EARLY_MS = 2 * 3600 * 1000

/**
 * The organiser opens check-in: the activity becomes ongoing and the organiser's phone receives
 * this activity's signing key (derived from the server's secret, opening nothing else), with
 * which it draws a new QR every 30 seconds without asking the server again. Asking again (the
 * phone restarted) answers the same key.
 */
export const openCheckin = actionsOf<'volunteer'>(volunteerContract).station('openCheckin', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId }) {
    let activity = await managedActivity(ctx, activityId)
    if (activity.status !== 'published' && activity.status !== 'ongoing')
      throw new AppError(
        'CONFLICT',
        activity.status === 'draft' ? '请先发布活动' : '活动已结束或已取消，不能再签到',
      )
    if (ctx.now.getTime() < new Date(activity.startAt).getTime() - EARLY_MS)
      throw new AppError('CONFLICT', '活动开始前两小时内才能打开签到')
    if (activity.status === 'published') {
      activity = await ctx.db.activities.patch(
        activity,
        { status: 'ongoing', openedAt: ctx.now, updatedAt: ctx.now },
        { status: 'published' },
      )
      await ctx.audit({
        action: 'volunteer.openCheckin',
        targetType: 'activity',
        targetId: activity._id,
        summary: `打开活动「${activity.title}」的扫码签到`,
      })
    }
    const subject = `activity:${activity._id}`
    return {
      activityId: activity._id,
      stationCode: ctx.station.code,
      subject,
      key: qrKey(ctx.station._id, subject),
      windowSeconds: WINDOW_SECONDS,
      serverNow: ctx.now.toISOString(),
      activity: toCard(activity, ctx.now),
    }
  },
})
