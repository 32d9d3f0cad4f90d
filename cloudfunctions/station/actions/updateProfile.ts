import type { StationDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { globalCollection } from '../../_kernel/repo'
import { STAFF_ROLES } from '../../_kernel/roles'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import type { TextToCheck } from '../../_kernel/wechat/contentSecurity'
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
    // Every resident reads this: WeChat counts it as published content, so it is checked too.
    await checkTexts(ctx, profileTexts(patch), SCENE.profile)
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

function profileTexts(
  p: Pick<StationDoc, 'name' | 'address' | 'openingHours' | 'services' | 'rooms' | 'team' | 'intro'>,
) {
  const texts: TextToCheck[] = [
    { field: 'name', text: p.name },
    { field: 'address', text: p.address },
    { field: 'openingHours', text: p.openingHours },
    { field: 'intro', text: p.intro },
  ]
  p.services.forEach((text, i) => texts.push({ field: `services.${i}`, text }))
  p.rooms.forEach((r, i) => texts.push({ field: `rooms.${i}`, text: `${r.name} ${r.use}` }))
  p.team.forEach((t, i) => texts.push({ field: `team.${i}`, text: `${t.name} ${t.title}` }))
  return texts
}
