import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { command, inList } from '../../_kernel/query'
import { database } from '../../_kernel/cloud'
import { STAFF_ROLES } from '../../_kernel/roles'
import { memberPage } from '../memberRows'

/** Staff find a person by name (or part of it) to grant a role or look them up. */
export const searchMembers = actionsOf<'station'>(stationContract).station('searchMembers', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { q, skip, limit }) {
    const filter: Record<string, unknown> = {
      status: inList(['pending', 'verified', 'rejected']),
      offline: command().neq(true),
    }
    if (q) filter.name = database().RegExp({ regexp: escapeRegExp(q), options: 'i' })
    return memberPage(
      ctx,
      filter,
      [
        ['name', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit,
    )
  },
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
