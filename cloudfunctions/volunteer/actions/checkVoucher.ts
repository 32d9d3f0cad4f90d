import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { MERCHANT_ROLES } from '../access'
import { toVoucher } from '../views'
import { voucherFor } from '../vouchers'

/** The merchant scans or types a code and sees what the voucher is before verifying it. */
export const checkVoucher = actionsOf<'volunteer'>(volunteerContract).station('checkVoucher', {
  access: { roles: MERCHANT_ROLES },
  async run(ctx, { code }) {
    return toVoucher(await voucherFor(ctx, code), ctx.now)
  },
})
