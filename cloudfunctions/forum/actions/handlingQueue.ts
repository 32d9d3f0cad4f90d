import { forumContract } from '../../../types/forum'
import { ASSIGNED_OPEN, UNRESOLVED } from '../../../types/forum/flow'
import type { QueueView } from '../../../types/forum/handling'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import type { Sort } from '../../_kernel/repo'
import { HANDLER_ROLES, viewerOf } from '../access'
import { cardPage } from '../listing'
import { sweepOverdue } from '../overdue'

const DONE = ['resolved', 'rated', 'declined', 'closed']

function viewQuery(view: QueueView, now: Date): { query: Record<string, unknown>; orderBy: Sort } {
  const oldest: Sort = [['createdAt', 'asc']]
  const byDue: Sort = [['dueAt', 'asc']]
  switch (view) {
    case 'submitted':
    case 'accepted':
    case 'replied':
      return { query: { status: view }, orderBy: oldest }
    case 'withSides':
      return { query: { status: inList([...ASSIGNED_OPEN]) }, orderBy: byDue }
    case 'overdue':
      return { query: { status: inList([...ASSIGNED_OPEN]), dueAt: command().lt(now) }, orderBy: byDue }
    case 'escalated':
      return { query: { status: inList([...UNRESOLVED]), escalatedAt: command().neq(null) }, orderBy: oldest }
    case 'done':
      return { query: { status: inList(DONE) }, orderBy: [['updatedAt', 'desc']] }
  }
}

/**
 * The work queues: 待受理, 待交办, 办理中 (by due date), 已答复, 逾期, 站长督办, 已办结. Staff see
 * every side's topics (hidden ones too); a side's representative sees only their side's. Newly
 * overdue topics are flagged first, so the overdue queue never waits for the hourly timer.
 */
export const handlingQueue = actionsOf<'forum'>(forumContract).station('handlingQueue', {
  access: { roles: HANDLER_ROLES },
  async run(ctx, { view, skip, limit }) {
    await sweepOverdue(ctx)
    const viewer = viewerOf(ctx)
    // A representative without a side (granted before sides were required) holds nothing.
    if (!viewer.staff && !viewer.side) return pageOf([], 0, skip, limit)
    const { query, orderBy } = viewQuery(view, ctx.now)
    const scoped = viewer.staff ? query : { ...query, side: viewer.side }
    return cardPage(ctx, scoped, orderBy, skip, limit)
  },
})
