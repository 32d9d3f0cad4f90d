import type { ProxyDoc } from '../../../types/entities'
import { CONSENT_LABELS } from '../../../types/labels'
import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid, notFound } from '../../_kernel/errors'
import { labelFor } from '../households'
import { askedAgain, insertOnce, linkId, newLink, summaries } from '../proxies'

/**
 * Asking to act for someone already registered (chosen by id from their household's people,
 * never matched by name). The request grants nothing until the building head of the person's
 * building (or staff) approves it with `decideProxy`.
 */
export const requestProxy = actionsOf<'station'>(stationContract).station('requestProxy', {
  access: 'verified',
  async run(ctx, input) {
    const agent = ctx.member!
    const principal = await ctx.db.members.byId(input.principalId)
    if (!principal || principal.status === 'left') throw notFound('没有找到这位居民，可能已迁出')
    if (principal._id === agent._id) throw invalid('principalId', '不能为自己申请代办')
    const id = linkId(principal._id, agent._id)
    const consent = { consentMethod: input.consentMethod, consentNote: input.consentNote }
    const existing = await ctx.db.proxies.byId(id)
    let proxy: ProxyDoc
    let changed = true
    if (existing && (existing.status === 'active' || existing.status === 'requested')) {
      proxy = existing
      changed = false
    } else if (existing) {
      proxy = await ctx.db.proxies.patch(existing, askedAgain(consent, ctx.now))
    } else {
      const doc = newLink(principal, agent, consent, 'requested', ctx.now)
      changed = await insertOnce(() => ctx.db.proxies.insert(doc))
      proxy = (await ctx.db.proxies.byId(id)) ?? { ...doc, stationId: ctx.station._id }
    }
    if (changed) {
      const label = (await labelFor(ctx.db, principal.householdId))?.label ?? '未登记房屋'
      await ctx.audit({
        action: 'station.requestProxy',
        targetType: 'member',
        targetId: principal._id,
        summary: `${agent.name} 申请为 ${principal.name}（${label}）代办，待楼长审核；同意方式：${CONSENT_LABELS[input.consentMethod]}（${input.consentNote}）`,
      })
    }
    return (await summaries(ctx.db, [proxy], [principal]))[0]
  },
})
