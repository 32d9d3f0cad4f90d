import { noticeContract } from '../../../types/notice'
import { buildingScope, inScope } from '../../../types/station/scope'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { MANAGER_ROLES } from '../access'

/** The building head (or staff) unbinds a group; notices' receipts stop naming it. */
export const unbindGroup = actionsOf<'notice'>(noticeContract).station('unbindGroup', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { groupId }) {
    const group = await ctx.db.noticeGroups.byId(groupId)
    if (!group || !inScope(buildingScope(ctx.member, ctx.roles), group.buildingId))
      throw notFound('没有找到这个楼栋群，或它不在您负责的楼栋')
    await ctx.db.noticeGroups.remove({ _id: groupId })
    await ctx.audit({
      action: 'notice.unbindGroup',
      targetType: 'noticeGroup',
      targetId: groupId,
      summary: `解除群「${group.name}」与${group.buildingName}的绑定`,
    })
    return { groupId }
  },
})
