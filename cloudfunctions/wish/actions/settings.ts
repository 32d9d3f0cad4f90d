import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { loadSettings } from '../settings'

/** The station's wish rules, for everyone: a helper reads how long a claim may sit idle. */
export const settings = actionsOf<'wish'>(wishContract).station('settings', {
  access: 'verified',
  async run(ctx) {
    return loadSettings(ctx.db, ctx.station._id)
  },
})
