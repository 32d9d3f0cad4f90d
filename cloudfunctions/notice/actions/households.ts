import { noticeContract } from '../../../types/notice'
import type { HouseholdReach } from '../../../types/notice'
import { actionsOf } from '../../_kernel/action'
import { maskName } from '../../_kernel/mask'
import { pageOf } from '../../_kernel/paging'
import { managedNotice, MANAGER_ROLES } from '../access'
import { checkBuilding, consenting, reachByOf, rollOf } from '../households'

/**
 * One building's households for a notice, a page at a time: those that have not read it (names
 * masked, with how a reminder would reach each: a message, their stand-in, or a knock on the
 * door), or those that have (who, when, and 由王建国代读 where a stand-in read for an elder).
 * One building per page, so "not read yet" never scans the whole station.
 */
export const households = actionsOf<'notice'>(noticeContract).station('households', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { noticeId, buildingId, state, skip, limit }) {
    const notice = await managedNotice(ctx, noticeId)
    checkBuilding(ctx, notice, buildingId)
    const roll = await rollOf(ctx, notice, buildingId)
    const ids = roll.targeted.filter((id) => roll.reads.has(id) === (state === 'read'))
    const page = ids.slice(skip, skip + limit)
    const consent =
      state === 'unread'
        ? await consenting(
            ctx,
            notice,
            page.flatMap((id) => roll.people.get(id) ?? []),
          )
        : new Set<string>()
    const items: HouseholdReach[] = page.map((id) => {
      const h = roll.households.get(id)
      const people = roll.people.get(id) ?? []
      const read = roll.reads.get(id)
      return {
        householdId: id,
        label: h ? `${roll.buildingName}${h.unit}单元${h.room}` : roll.buildingName,
        unit: h?.unit ?? 0,
        residents: people.map((m) => maskName(m.name)),
        readers: (read?.readers ?? []).map((r) => ({
          name: maskName(r.name),
          at: new Date(r.at).toISOString(),
          byName: r.byName,
        })),
        reachBy: read ? null : reachByOf(people, consent),
        late: read?.late ?? false,
      }
    })
    return pageOf(items, ids.length, skip, limit)
  },
})
