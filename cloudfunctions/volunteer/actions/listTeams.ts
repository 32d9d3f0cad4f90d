import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { toTeam } from '../views'

/** The station's volunteer teams (志愿服务队), for activity forms, role grants and filters. */
export const listTeams = actionsOf<'volunteer'>(volunteerContract).station('listTeams', {
  access: 'guest',
  async run(ctx) {
    const teams = await ctx.db.volunteerTeams.find({}, { orderBy: [['sort', 'asc']], limit: 200 })
    return { items: teams.map(toTeam) }
  },
})
