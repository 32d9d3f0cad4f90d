import { noticeContract } from '../../../types/notice'
import { buildingScope } from '../../../types/station/scope'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import { MANAGER_ROLES } from '../access'
import { toManaged } from '../views'

/**
 * The notices I manage, newest first: staff every notice of the station; a building head those
 * they posted and those reaching a building they head (including station-wide ones).
 */
export const managed = actionsOf<'notice'>(noticeContract).station('managed', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { mineOnly, skip, limit }) {
    const me = ctx.member!._id
    const scope = buildingScope(ctx.member, ctx.roles)
    const filter = mineOnly
      ? { authorId: me }
      : scope.all
        ? {}
        : command().or([{ authorId: me }, { buildingIds: inList(scope.buildingIds) }])
    const [total, docs] = await Promise.all([
      ctx.db.notices.count(filter),
      ctx.db.notices.find(filter, { orderBy: [['createdAt', 'desc']], skip, limit }),
    ])
    return pageOf(
      docs.map((n) => toManaged(n, me, ctx.now)),
      total,
      skip,
      limit,
    )
  },
})
