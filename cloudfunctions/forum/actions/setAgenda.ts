import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { conflict } from '../../_kernel/errors'
import { STAFF_ROLES } from '../access'
import { agendaOf, sessionDetail, sessionOf } from '../sessions'

/** Staff put topics on a session's agenda; they are ordered most supported first. */
export const setAgenda = actionsOf<'forum'>(forumContract).station('setAgenda', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { sessionId, topicIds }) {
    const session = await sessionOf(ctx, sessionId)
    if (session.status === 'cancelled') throw conflict('这场夜话会已取消')
    const agenda = await agendaOf(ctx, topicIds)
    const saved = await ctx.db.talkSessions.patch(session, { agenda, updatedAt: ctx.now })
    await ctx.audit({
      action: 'forum.setAgenda',
      targetType: 'talkSession',
      targetId: sessionId,
      summary: `调整夜话会「${session.title}」议程（${agenda.length}个议题）`,
    })
    return sessionDetail(ctx, saved)
  },
})
