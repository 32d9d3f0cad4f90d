import { noticeContract } from '../../../types/notice'
import type { NoticeGroupDoc } from '../../../types/notice'
import { buildingScope, inScope } from '../../../types/station/scope'
import { actionsOf } from '../../_kernel/action'
import { conflict, forbidden, invalid, isDuplicateKey } from '../../_kernel/errors'
import { openGroupId } from '../../_kernel/wechat/groups'
import { MANAGER_ROLES } from '../access'
import { toBoundGroup } from '../groups'
import { groupIdOf } from '../ids'

/**
 * A building head, having opened a card inside their building's group chat, confirms that this
 * group is the building's: from then on the notices' receipts count who opened them from it.
 * Binding the same group again renames it; a group bound to a building the caller does not
 * look after stays where it is (staff may move it).
 */
export const bindGroup = actionsOf<'notice'>(noticeContract).station('bindGroup', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { cloudID, buildingId, name }) {
    const scope = buildingScope(ctx.member, ctx.roles)
    const building = await ctx.db.buildings.byId(buildingId)
    if (!building) throw invalid('buildingId', '没有找到这栋楼，请刷新后重新选择')
    if (!inScope(scope, buildingId)) throw forbidden('只能把群绑定到您负责的楼栋')
    const openGId = await openGroupId(cloudID)
    const existing = await ctx.db.noticeGroups.findOne({ openGId })
    if (existing && existing.buildingId !== buildingId && !inScope(scope, existing.buildingId))
      throw conflict(`这个群已经是${existing.buildingName}的楼栋群，请联系驿站工作人员更改`)
    const fields = {
      buildingId,
      buildingName: building.name,
      name,
      boundById: ctx.member!._id,
      boundByName: ctx.member!.name,
      boundAt: ctx.now,
    }
    const saved: NoticeGroupDoc = existing
      ? await ctx.db.noticeGroups.patch(existing, fields)
      : await insertGroup(ctx, { _id: groupIdOf(ctx.station._id, openGId), openGId, ...fields })
    await ctx.audit({
      action: 'notice.bindGroup',
      targetType: 'noticeGroup',
      targetId: saved._id,
      summary: `把群「${name}」绑定为${building.name}的楼栋群`,
    })
    return toBoundGroup(saved)
  },
})

async function insertGroup(
  ctx: Parameters<typeof bindGroup.run>[0],
  doc: Omit<NoticeGroupDoc, 'stationId'>,
): Promise<NoticeGroupDoc> {
  try {
    return await ctx.db.noticeGroups.insert(doc)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
    // Bound at the same moment by another tap: that binding stands.
    return (await ctx.db.noticeGroups.findOne({ openGId: doc.openGId }))!
  }
}
