import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { admit, checkInAs } from '../scan'
import { toAttendance } from '../views'

/** A volunteer checks in by scanning the organiser's 签到码 (scan.ts says what it must satisfy). */
export const checkIn = actionsOf<'volunteer'>(volunteerContract).station('checkIn', {
  access: 'verified',
  async run(ctx, input) {
    const activity = await admit(ctx, input, 'in')
    return toAttendance(await checkInAs(ctx, activity, 'qr', ctx.now, ''))
  },
})
