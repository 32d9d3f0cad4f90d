/** Finding a voucher by its code for the provider at the counter. */
import type { RedemptionDoc } from '../../types/volunteer/entities'
import type { StationCtx } from '../_kernel/action'
import { forbidden, notFound } from '../_kernel/errors'
import { handlesReward } from './access'

/** This station's voucher with the code, if the caller's provider honours it. */
export async function voucherFor(ctx: StationCtx, code: string): Promise<RedemptionDoc> {
  const voucher = await ctx.db.redemptions.findOne({ code })
  if (!voucher) throw notFound('没有找到这张券，请核对券码')
  if (!handlesReward(ctx, voucher)) throw forbidden(`这张券由「${voucher.provider}」核销，不是您店里的`)
  return voucher
}
