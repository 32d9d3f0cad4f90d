import { stationInputs } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { coversBuilding } from '../../_kernel/roles'
import { VERIFIER_ROLES } from '../scope'

/** The full phone number, for the building head of that building or staff; every read is audited. */
export const revealPhone = actionsOf<'station'>(stationInputs).station('revealPhone', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { memberId }) {
    const target = await ctx.db.members.byId(memberId)
    if (!target || target.status === 'left') throw notFound('没有找到这位居民')
    if (!coversBuilding(ctx.member, ctx.roles, target.buildingId)) throw forbidden('这户不在您负责的楼栋')
    await ctx.audit({
      action: 'station.revealPhone',
      targetType: 'member',
      targetId: memberId,
      summary: `查看了 ${target.name} 的完整手机号`,
    })
    return { memberId, phone: target.phone }
  },
})
