import { stationContract } from '../../../types/station'
import { SUBSCRIPTION_TEMPLATES } from '../../../types/subscriptions'
import type { TemplateKey } from '../../../types/subscriptions'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { isStaff } from '../../_kernel/roles'

/** The outbox: staff see the station's (or one person's); a resident sees what was sent to them. */
export const outbox = actionsOf<'station'>(stationContract).station('outbox', {
  access: 'member',
  async run(ctx, { memberId, skip, limit }) {
    const who = isStaff(ctx.roles) ? memberId : ctx.actor!._id
    const filter = who ? { memberId: who } : {}
    const [total, docs] = await Promise.all([
      ctx.db.outbox.count(filter),
      ctx.db.outbox.find(filter, { orderBy: [['createdAt', 'desc']], skip, limit }),
    ])
    const items = docs.map((d) => ({
      outboxId: d._id,
      memberName: d.memberName,
      template: d.template,
      templateTitle: SUBSCRIPTION_TEMPLATES[d.template as TemplateKey]?.title ?? d.template,
      status: d.status,
      errCode: d.errCode,
      summary: d.summary,
      page: d.page,
      at: new Date(d.createdAt).toISOString(),
    }))
    return pageOf(items, total, skip, limit)
  },
})
