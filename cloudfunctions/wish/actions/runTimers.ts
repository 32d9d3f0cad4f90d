import { wishContract } from '../../../types/wish'
import { actionsOf } from '../../_kernel/action'
import { checkAdminToken } from '../../_kernel/adminToken'
import { runClock } from '../clock'

/**
 * The clock's run by hand (the deployment admin, with the admin token): what the timer trigger
 * does every hour. `now` moves the clock for tests; the trigger itself never takes a time from
 * its event.
 */
export const runTimers = actionsOf<'wish'>(wishContract).global('runTimers', {
  identity: 'none',
  async run(_ctx, { adminToken, now, stationId }) {
    checkAdminToken(adminToken)
    return runClock(now ? new Date(now) : new Date(), stationId)
  },
})
