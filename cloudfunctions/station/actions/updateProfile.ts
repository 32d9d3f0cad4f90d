import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { globalCollection } from '../../_kernel/repo'
import { STAFF_ROLES } from '../../_kernel/roles'
import { toProfile } from '../views'

/** Staff edit what residents see: name, address, hours, services, rooms and the team. */
export const updateProfile = actionsOf<'station'>(stationContract).station('updateProfile', {
  access: { roles: STAFF_ROLES },
  async run(ctx, input) {
    const patch = {
      name: input.name,
      address: input.address,
      openingHours: input.openingHours,
      services: [...new Set(input.services)],
      rooms: input.rooms,
      team: input.team.map((t) => (t.side ? t : { name: t.name, post: t.post, title: t.title })),
      intro: input.intro,
      updatedAt: ctx.now,
    }
    const station = await globalCollection('stations').patch(ctx.station, patch)
    await ctx.audit({
      action: 'station.updateProfile',
      targetType: 'station',
      targetId: ctx.station._id,
      summary: '修改了驿站资料',
    })
    return toProfile(station)
  },
})
