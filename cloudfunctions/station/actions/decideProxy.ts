import type { ProxyDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { conflict, forbidden, notFound } from '../../_kernel/errors'
import { notify } from '../../_kernel/wechat/subscriptions'
import { requestRows } from '../proxies'
import { covers, VERIFIER_ROLES } from '../scope'

/**
 * The building head of the person's building (or staff) approves a request to act for them, or
 * declines it with a reason — never the one asking. Deciding the same way twice answers the same.
 */
export const decideProxy = actionsOf<'station'>(stationContract).station('decideProxy', {
  access: { roles: VERIFIER_ROLES },
  async run(ctx, { proxyId, decision, reason }) {
    const proxy = await ctx.db.proxies.byId(proxyId)
    if (!proxy) throw notFound('没有找到这条代办申请')
    if (!covers(ctx, proxy.buildingId)) throw forbidden('这位居民不在您负责的楼栋')
    if (proxy.agentId === ctx.member!._id)
      throw forbidden('不能审核自己提出的代办申请，请由其他楼长或工作人员审核')
    const status = decision === 'approve' ? 'active' : 'declined'
    if (proxy.status !== 'requested') {
      if (proxy.status === status) return (await requestRows(ctx.db, [proxy]))[0]
      throw conflict('这条代办申请已经处理过了，请刷新')
    }
    // Conditional on still requested: of two decisions racing, exactly one is written.
    const decided = await ctx.db.proxies.patch(
      proxy,
      {
        status,
        decidedBy: ctx.member!._id,
        decidedAt: ctx.now,
        declineReason: status === 'declined' ? reason : '',
      },
      { status: 'requested' },
    )
    if (decided.status !== status) throw conflict('这条代办申请已经处理过了，请刷新')
    await ctx.audit({
      action: `station.decideProxy.${decision}`,
      targetType: 'member',
      targetId: proxy.principalId,
      summary:
        status === 'active'
          ? `同意 ${proxy.agentName} 为 ${proxy.principalName} 代办`
          : `未同意 ${proxy.agentName} 为 ${proxy.principalName} 代办：${reason}`,
    })
    await tellAgent(ctx, decided, reason)
    return (await requestRows(ctx.db, [decided]))[0]
  },
})

/** The one who asked is told (subscription message, or the outbox says why not). */
async function tellAgent(ctx: StationCtx, proxy: ProxyDoc, reason: string) {
  const agent = await ctx.db.members.byId(proxy.agentId)
  if (!agent) return
  const approved = proxy.status === 'active'
  await notify(ctx, {
    to: agent,
    template: 'proxyDecision',
    data: {
      thing1: proxy.principalName,
      phrase2: approved ? '已同意' : '未同意',
      thing3: approved ? '现在可以为TA代办了' : reason,
    },
    page: 'pages/me/index',
    summary: `${proxy.agentName} 为 ${proxy.principalName} 代办的申请${approved ? '已同意' : '未同意'}`,
    key: `decideProxy:${proxy._id}:${proxy.status}`,
  })
}
