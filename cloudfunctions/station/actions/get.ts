import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { toProfile } from '../views'

/** The station's public profile: anyone who opened it may read it. */
export const get = actionsOf<'station'>(stationContract).station('get', {
  access: 'guest',
  async run(ctx) {
    return toProfile(ctx.station)
  },
})
