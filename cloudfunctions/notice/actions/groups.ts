import { noticeContract } from '../../../types/notice'
import { buildingScope } from '../../../types/station/scope'
import { actionsOf } from '../../_kernel/action'
import { MANAGER_ROLES } from '../access'
import { groupsOf, toBoundGroup } from '../groups'

/** The bound building groups I look after: staff every one, a building head their buildings'. */
export const groups = actionsOf<'notice'>(noticeContract).station('groups', {
  access: { roles: MANAGER_ROLES },
  async run(ctx) {
    const scope = buildingScope(ctx.member, ctx.roles)
    const docs = await groupsOf(ctx, scope.all ? 'all' : scope.buildingIds)
    return { items: docs.map(toBoundGroup) }
  },
})
