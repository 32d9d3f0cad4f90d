import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import { summaries } from '../proxies'

/** The neighbours I act for (代办) or have asked to, with their registration and link status. */
export const myPrincipals = actionsOf<'station'>(stationContract).station('myPrincipals', {
  access: 'verified',
  async run(ctx) {
    const proxies = await ctx.db.proxies.find(
      { agentId: ctx.member!._id, status: inList(['active', 'requested']) },
      { orderBy: [['createdAt', 'asc']], limit: 100 },
    )
    if (proxies.length === 0) return { items: [] }
    const principals = await ctx.db.members.find(
      { _id: inList(proxies.map((p) => p.principalId)), status: inList(['pending', 'verified', 'rejected']) },
      { limit: 100 },
    )
    return { items: await summaries(ctx.db, proxies, principals) }
  },
})
