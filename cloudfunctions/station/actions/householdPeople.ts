import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'
import { maskName } from '../../_kernel/mask'
import { command, inList } from '../../_kernel/query'

/**
 * Who is registered in a household, for a stand-in choosing whom to ask to act for: names
 * masked (王**), since any verified neighbour may ask; the building head sees the full names
 * when deciding the request.
 */
export const householdPeople = actionsOf<'station'>(stationContract).station('householdPeople', {
  access: 'verified',
  async run(ctx, { householdId }) {
    if (!(await ctx.db.households.byId(householdId)))
      throw invalid('householdId', '没有找到这个房屋，请重新选择')
    const people = await ctx.db.members.find(
      { householdId, status: inList(['pending', 'verified']), _id: command().neq(ctx.member!._id) },
      { orderBy: [['createdAt', 'asc']], limit: 50 },
    )
    return {
      items: people.map((m) => ({
        memberId: m._id,
        name: maskName(m.name),
        relation: m.relation,
        offline: m.offline,
      })),
    }
  },
})
