import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { inList } from '../../_kernel/query'
import { ORGANISER_ROLES, teamsRun } from '../access'
import { cardsOf } from '../detail'

/** The activities the caller runs, drafts included, newest first: staff every team's, an organiser their teams'. */
export const managedActivities = actionsOf<'volunteer'>(volunteerContract).station('managedActivities', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { status, skip, limit }) {
    const teams = teamsRun(ctx)
    const filter = {
      ...(teams === null ? {} : { teamId: inList(teams) }),
      ...(status ? { status } : {}),
    }
    const [items, total] = await Promise.all([
      ctx.db.activities.find(filter, { orderBy: [['startAt', 'desc']], skip, limit }),
      ctx.db.activities.count(filter),
    ])
    return pageOf(await cardsOf(ctx, items), total, skip, limit)
  },
})
