/** 专属优惠包: rewards, redeeming points for a voucher, and the provider verifying it (核销). */
import * as z from 'zod'
import { returns } from '../contract'
import { dateTime, flag, id, int, optionalText, page, text } from '../fields'
import type { Page } from '../fields'
import { imageIds } from '../files'
import { VOLUNTEER_LIMITS } from '../limits'
import type { RewardView, VoucherView } from './views'

const L = VOLUNTEER_LIMITS

/** What a person types or the scanner reads: letters and digits, case and spaces forgiven. */
const voucherCode = z
  .string({ error: '请填写券码' })
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{6,16}$/, { error: '券码格式不对，请核对后再输入' }))

export const rewardActions = {
  listRewards: { input: z.object({ ...page }), output: returns<Page<RewardView>>() },
  manageRewards: { input: z.object({ ...page }), output: returns<Page<RewardView>>() },
  saveReward: {
    input: z.object({
      rewardId: id('优惠券').optional(),
      title: text('名称', 30),
      description: optionalText('使用说明', 200).default(''),
      /** Staff name the provider; a merchant's own provider is used whatever is sent. */
      provider: optionalText('提供方', 30).default(''),
      cost: int('所需积分', 1, L.pointsMax * 10),
      /** On create: the stock; on edit: added to (or taken from) what is left. */
      stock: int('库存', -L.rewardStockMax, L.rewardStockMax).default(0),
      perPersonLimit: int('每人限兑', 1, L.perPersonMax).default(1),
      validUntil: dateTime('有效期至'),
      active: flag('上架').default(true),
      image: imageIds('reward'),
    }),
    output: returns<RewardView>(),
  },
  redeem: {
    input: z.object({
      rewardId: id('优惠券'),
      /** Made by the app per tap: a repeated call (flaky network) answers the same voucher. */
      requestKey: id('请求编号'),
    }),
    output: returns<VoucherView>(),
  },
  myVouchers: { input: z.object({ ...page }), output: returns<Page<VoucherView>>() },
  checkVoucher: { input: z.object({ code: voucherCode }), output: returns<VoucherView>() },
  verifyVoucher: { input: z.object({ code: voucherCode }), output: returns<VoucherView>() },
  verifiedVouchers: { input: z.object({ ...page }), output: returns<Page<VoucherView>>() },
}
