import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { toCommitment } from '../sessions'

/**
 * 公示: what the sides promised at the evening sessions, open ones by due date until done (or those
 * done, latest first). Public to anyone who opened the station: it names sides, never residents.
 */
export const commitmentBoard = actionsOf<'forum'>(forumContract).station('commitmentBoard', {
  access: 'guest',
  async run(ctx, { status, skip, limit }) {
    const query = { status }
    const orderBy: [string, 'asc' | 'desc'][] = status === 'open' ? [['dueAt', 'asc']] : [['doneAt', 'desc']]
    const [docs, total] = await Promise.all([
      ctx.db.commitments.find(query, { orderBy, skip, limit }),
      ctx.db.commitments.count(query),
    ])
    return pageOf(
      docs.map((c) => toCommitment(c, ctx.now)),
      total,
      skip,
      limit,
    )
  },
})
