import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { inList } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'

/** Who did what and when, newest first. */
export const auditLog = actionsOf<'station'>(stationContract).station('auditLog', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { skip, limit }) {
    const total = await ctx.db.auditLog.count()
    const entries = await ctx.db.auditLog.find(
      {},
      {
        orderBy: [
          ['at', 'desc'],
          ['_id', 'desc'],
        ],
        skip,
        limit,
      },
    )
    const principalIds = [...new Set(entries.map((e) => e.onBehalfOf).filter((x): x is string => !!x))]
    const principals = principalIds.length
      ? await ctx.db.members.find({ _id: inList(principalIds) }, { limit: principalIds.length })
      : []
    const names = new Map(principals.map((m) => [m._id, m.name]))
    const items = entries.map((e) => ({
      auditId: e._id,
      actorName: e.actorName,
      onBehalfOfName: e.onBehalfOf ? (names.get(e.onBehalfOf) ?? '（已删除）') : null,
      action: e.action,
      summary: e.summary,
      at: new Date(e.at).toISOString(),
    }))
    return pageOf(items, total, skip, limit)
  },
})
