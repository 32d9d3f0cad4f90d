import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { isStaff } from '../../_kernel/roles'

/** The stand-in (or staff, e.g. when consent is withdrawn) ends a 代办 relationship or withdraws a request. */
export const revokeProxy = actionsOf<'station'>(stationContract).station('revokeProxy', {
  access: 'verified',
  async run(ctx, { proxyId }) {
    const proxy = await ctx.db.proxies.byId(proxyId)
    if (!proxy) throw notFound('没有找到这个代办关系')
    if (proxy.agentId !== ctx.member!._id && !isStaff(ctx.roles))
      throw forbidden('只有代办人本人或驿站工作人员可以解除')
    if (proxy.status === 'active' || proxy.status === 'requested') {
      await ctx.db.proxies.updateById(proxyId, { status: 'revoked', revokedAt: ctx.now })
      await ctx.audit({
        action: 'station.revokeProxy',
        targetType: 'member',
        targetId: proxy.principalId,
        summary: `解除了 ${proxy.agentName} 为 ${proxy.principalName} 代办的关系`,
      })
    }
    return { proxyId, status: 'revoked' as const }
  },
})
