import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { AppError } from '../../_kernel/errors'
import { MERCHANT_ROLES } from '../access'
import { bumpRedemption } from '../counters'
import { activityTime } from '../time'
import { toVoucher, voucherState } from '../views'
import { voucherFor } from '../vouchers'

/**
 * 核销: the voucher's provider (or staff) marks it used, once. Used or expired vouchers are
 * refused with when and by whom, or until when it was valid. The change and the station's
 * figure move in one transaction, so two taps at the counter verify it once.
 */
export const verifyVoucher = actionsOf<'volunteer'>(volunteerContract).station('verifyVoucher', {
  access: { roles: MERCHANT_ROLES },
  async run(ctx, { code }) {
    const voucher = await voucherFor(ctx, code)
    const state = voucherState(voucher, ctx.now)
    if (state === 'used')
      throw new AppError(
        'CONFLICT',
        `这张券已在 ${activityTime(voucher.usedAt!)} 由 ${voucher.usedByName} 核销过了`,
      )
    if (state === 'expired')
      throw new AppError('EXPIRED', `这张券已过期（有效期至 ${activityTime(voucher.validUntil)}）`)
    const used = await ctx.transaction(async (tx) => {
      const v = await tx.get('redemptions', voucher._id)
      if (!v || v.status !== 'issued') return null
      const values = {
        status: 'used' as const,
        usedAt: ctx.now,
        usedBy: ctx.member!._id,
        usedByName: ctx.member!.name,
      }
      await tx.updateRead('redemptions', v._id, values)
      const after = { ...v, ...values }
      await bumpRedemption(tx, v, after)
      return after
    })
    if (!used) {
      const now = (await ctx.db.redemptions.byId(voucher._id))!
      throw new AppError('CONFLICT', `这张券刚刚由 ${now.usedByName} 核销过了`)
    }
    await ctx.audit({
      action: 'volunteer.verifyVoucher',
      targetType: 'redemption',
      targetId: used._id,
      summary: `核销 ${used.memberName} 的「${used.rewardTitle}」（券码 ${used.code}）`,
    })
    return toVoucher(used, ctx.now)
  },
})
