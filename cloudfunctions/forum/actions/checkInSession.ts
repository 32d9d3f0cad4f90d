import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { conflict, invalid, notFound } from '../../_kernel/errors'
import { verifyQrToken } from '../../_kernel/qrToken'
import { signupId } from '../../../types/forum/ids'
import { doorOpen, sessionSubject, toSessionCard } from '../sessions'

/**
 * Check-in at the door by scanning the organiser's rotating QR (valid 30 seconds either side of
 * its window). Works for walk-ins without a sign-up; scanning again answers the same, counted once.
 */
export const checkInSession = actionsOf<'forum'>(forumContract).station('checkInSession', {
  access: 'verified',
  async run(ctx, { sessionId, token }) {
    const direction = verifyQrToken(ctx.station._id, sessionSubject(sessionId), token, ctx.now)
    if (direction !== 'in') throw invalid('token', '这是签退码，请扫签到二维码')
    const member = ctx.member!
    const id = signupId(sessionId, member._id)
    return ctx.transaction(async (tx) => {
      const session = await tx.get('talkSessions', sessionId)
      if (!session) throw notFound('没有找到这场夜话会')
      if (!doorOpen(session, ctx.now)) throw conflict('现在不是这场夜话会的签到时间')
      const existing = await tx.get('sessionSignups', id)
      if (existing?.checkedInAt) return toSessionCard(session, existing, ctx.now)
      const signup = existing
        ? { ...existing, checkedInAt: ctx.now }
        : {
            _id: id,
            stationId: ctx.station._id,
            sessionId,
            memberId: member._id,
            name: member.name,
            signedUpAt: null,
            checkedInAt: ctx.now,
          }
      if (existing) await tx.updateRead('sessionSignups', id, { checkedInAt: ctx.now })
      else {
        const { stationId: _s, ...fields } = signup
        await tx.insert('sessionSignups', fields)
      }
      const updated = { ...session, checkinCount: session.checkinCount + 1 }
      await tx.updateRead('talkSessions', sessionId, { checkinCount: updated.checkinCount })
      return toSessionCard(updated, signup, ctx.now)
    })
  },
})
