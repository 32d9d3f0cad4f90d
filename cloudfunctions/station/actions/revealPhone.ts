import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { covers } from '../scope'
import { VERIFIER_ROLES } from '../scope'

/** The full phone number, for the building head of that building or staff; every read is audited. */
export const revealPhone = actionsOf<'station'>(stationContract).station('revealPhone', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { memberId }) {
    const target = await ctx.db.members.byId(memberId)
    if (!target || target.status === 'left') throw notFound('没有找到这位居民')
    if (!covers(ctx, target.buildingId)) throw forbidden('这户不在您负责的楼栋')
    await ctx.audit({
      action: 'station.revealPhone',
      targetType: 'member',
      targetId: memberId,
      summary: `查看了 ${target.name} 的完整手机号`,
    })
    return { memberId, phone: target.phone }
  },
})
