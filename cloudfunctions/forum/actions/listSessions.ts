import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import { signupId } from '../../../types/forum/ids'
import { toSessionCard } from '../sessions'

/** Coming sessions (soonest first) or past ones (latest first), with whether I signed up. Three reads. */
export const listSessions = actionsOf<'forum'>(forumContract).station('listSessions', {
  access: 'verified',
  proxy: true,
  async run(ctx, { when, skip, limit }) {
    const query = { endAt: when === 'upcoming' ? command().gte(ctx.now) : command().lt(ctx.now) }
    const orderBy: [string, 'asc' | 'desc'][] = [['startAt', when === 'upcoming' ? 'asc' : 'desc']]
    const [sessions, total] = await Promise.all([
      ctx.db.talkSessions.find(query, { orderBy, skip, limit }),
      ctx.db.talkSessions.count(query),
    ])
    const me = ctx.member!._id
    const mine = sessions.length
      ? await ctx.db.sessionSignups.find({ _id: inList(sessions.map((s) => signupId(s._id, me))) }, { limit })
      : []
    const bySession = new Map(mine.map((m) => [m.sessionId, m]))
    return pageOf(
      sessions.map((s) => toSessionCard(s, bySession.get(s._id) ?? null, ctx.now)),
      total,
      skip,
      limit,
    )
  },
})
