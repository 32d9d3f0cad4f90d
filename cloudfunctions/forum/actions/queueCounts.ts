import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { readCounters } from '../../_kernel/counters'
import { command } from '../../_kernel/query'
import { HANDLER_ROLES, viewerOf } from '../access'
import { QUEUE } from '../counters'
import { sweepOverdue } from '../overdue'

/**
 * The numbers on the queue tabs and the workbench tile: from the `forum.queue` counters (one read),
 * plus, for staff, reported content waiting for a look (two counts).
 */
export const queueCounts = actionsOf<'forum'>(forumContract).station('queueCounts', {
  access: { roles: HANDLER_ROLES },
  async run(ctx) {
    await sweepOverdue(ctx)
    const viewer = viewerOf(ctx)
    const rows = (await readCounters(ctx.db, [QUEUE])).filter(
      (r) => viewer.staff || r.dims.side === viewer.side,
    )
    const sum = (status: string[], field = 'n') =>
      rows
        .filter((r) => status.includes(String(r.dims.status)))
        .reduce((n, r) => n + (r.values[field] ?? 0), 0)
    const open = ['submitted', 'accepted', 'assigned', 'inProgress', 'replied']
    const reported = viewer.staff
      ? (await ctx.db.topics.count({ reportsOpen: command().gt(0) })) +
        (await ctx.db.replies.count({ reportsOpen: command().gt(0) }))
      : 0
    return {
      submitted: sum(['submitted']),
      accepted: sum(['accepted']),
      withSides: sum(['assigned', 'inProgress']),
      overdue: sum(['assigned', 'inProgress'], 'overdue'),
      escalated: sum(open, 'escalated'),
      reported,
    }
  },
})
