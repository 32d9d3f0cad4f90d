import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { conflict, notFound } from '../../_kernel/errors'
import { signupId } from '../../../types/forum/ids'
import { toSessionCard } from '../sessions'

/** A resident signs up for a coming session; signing up again changes nothing. */
export const signUpSession = actionsOf<'forum'>(forumContract).station('signUpSession', {
  access: 'verified',
  proxy: true,
  label: '报名夜话会',
  async run(ctx, { sessionId }) {
    const member = ctx.member!
    const id = signupId(sessionId, member._id)
    return ctx.transaction(async (tx) => {
      const session = await tx.get('talkSessions', sessionId)
      if (!session) throw notFound('没有找到这场夜话会')
      if (session.status === 'cancelled') throw conflict('这场夜话会已取消')
      if (new Date(session.endAt) < ctx.now) throw conflict('这场夜话会已经结束了')
      const existing = await tx.get('sessionSignups', id)
      if (existing?.signedUpAt) return toSessionCard(session, existing, ctx.now)
      const signup = existing
        ? { ...existing, signedUpAt: ctx.now }
        : {
            _id: id,
            stationId: ctx.station._id,
            sessionId,
            memberId: member._id,
            name: member.name,
            signedUpAt: ctx.now,
            checkedInAt: null,
          }
      if (existing) await tx.updateRead('sessionSignups', id, { signedUpAt: ctx.now })
      else {
        const { stationId: _s, ...fields } = signup
        await tx.insert('sessionSignups', fields)
      }
      const updated = { ...session, signupCount: session.signupCount + 1 }
      await tx.updateRead('talkSessions', sessionId, { signupCount: updated.signupCount })
      return toSessionCard(updated, signup, ctx.now)
    })
  },
})
