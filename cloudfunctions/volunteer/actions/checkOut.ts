import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { admit, checkOutAs } from '../scan'
import { toAttendance } from '../views'

/**
 * A volunteer checks out by scanning the organiser's 签退码: minutes served are check-out minus
 * check-in, clipped to the activity's window. Checking out before checking in is refused.
 */
export const checkOut = actionsOf<'volunteer'>(volunteerContract).station('checkOut', {
  access: 'verified',
  async run(ctx, input) {
    const activity = await admit(ctx, input, 'out')
    return toAttendance(await checkOutAs(ctx, activity, 'qr', ctx.now, ''))
  },
})
