import { forumContract } from '../../../types/forum'
import { WINDOW_SECONDS } from '../../../types/qrToken'
import { actionsOf } from '../../_kernel/action'
import { conflict } from '../../_kernel/errors'
import { qrKey } from '../../_kernel/qrToken'
import { STAFF_ROLES } from '../access'
import { CHECK_IN_MARGIN_MS, sessionOf, sessionSubject } from '../sessions'

/**
 * The organiser's key for the door: their phone draws a new check-in QR every 30 seconds with it
 * (types/qrToken.ts), offline. The key opens this one session and nothing else.
 */
export const checkInKey = actionsOf<'forum'>(forumContract).station('checkInKey', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { sessionId }) {
    const session = await sessionOf(ctx, sessionId)
    if (session.status === 'cancelled') throw conflict('这场夜话会已取消')
    if (new Date(session.endAt).getTime() + CHECK_IN_MARGIN_MS < ctx.now.getTime())
      throw conflict('这场夜话会已经结束，不能再签到')
    const subject = sessionSubject(sessionId)
    return {
      sessionId,
      key: qrKey(ctx.station._id, subject),
      subject,
      windowSeconds: WINDOW_SECONDS,
      serverNow: ctx.now.toISOString(),
    }
  },
})
