import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { command } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'
import { memberRows } from '../memberRows'

/** Everyone holding a granted role here: 站长, 副站长, staff, building heads, 三方 representatives. */
export const listRoleHolders = actionsOf<'station'>(stationContract).station('listRoleHolders', {
  access: { roles: STAFF_ROLES },
  async run(ctx) {
    const members = await ctx.db.members.findAll(
      { 'roles.0': command().exists(true), status: 'verified' },
      [['createdAt', 'asc']],
      5000,
    )
    return { items: await memberRows(ctx, members) }
  },
})
