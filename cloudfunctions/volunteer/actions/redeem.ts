import { volunteerContract } from '../../../types/volunteer'
import type { RedemptionDoc, RewardDoc } from '../../../types/volunteer/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { AppError, notFound } from '../../_kernel/errors'
import { postPoints } from '../../_kernel/ledger'
import { command } from '../../_kernel/query'
import { bumpRedemption } from '../counters'
import { redemptionCountId, redemptionId, voucherCode } from '../ids'
import { toVoucher } from '../views'

/**
 * Spends points on a reward and issues a voucher. Stock is taken first by a conditional update
 * (`stock > 0`), so fifty people at once on the last ten get exactly ten vouchers and the rest
 * 已兑完, never a conflict. Then one transaction debits the points (never below zero), counts the
 * person's redemptions against the limit and stores the voucher; if it refuses, the stock goes
 * back. The app's `requestKey` makes a repeated call answer the same voucher. Hours never move.
 */
export const redeem = actionsOf<'volunteer'>(volunteerContract).station('redeem', {
  access: 'verified',
  async run(ctx, { rewardId, requestKey }) {
    const me = ctx.member!
    const id = redemptionId(ctx.station._id, me._id, requestKey)
    const earlier = await ctx.db.redemptions.byId(id)
    if (earlier) return toVoucher(earlier, ctx.now)
    const reward = await ctx.db.rewards.byId(rewardId)
    if (!reward || reward.status !== 'active') throw notFound('没有找到这张优惠券，可能已下架')
    if (new Date(reward.validUntil).getTime() <= ctx.now.getTime())
      throw new AppError('EXPIRED', '这张优惠券已过有效期，不能再兑换')
    const took = await ctx.db.rewards.updateById(
      reward._id,
      { stock: command().inc(-1), issued: command().inc(1) },
      { stock: command().gt(0), status: 'active' },
    )
    if (!took) throw new AppError('OUT_OF_STOCK', '已兑完，下次早点来')
    try {
      const { voucher, issued } = await issue(ctx, reward, id, requestKey)
      // The same request twice at once: the other call's voucher stands; our stock goes back.
      if (!issued) await giveBack(ctx, reward._id)
      return toVoucher(voucher, ctx.now)
    } catch (err) {
      await giveBack(ctx, reward._id)
      throw err
    }
  },
})

async function giveBack(ctx: StationCtx, rewardId: string) {
  await ctx.db.rewards.updateById(rewardId, { stock: command().inc(1), issued: command().inc(-1) })
}

/** Points, the per-person count and the voucher, all or nothing; an earlier voucher under the same key wins. */
async function issue(
  ctx: StationCtx,
  reward: RewardDoc,
  id: string,
  requestKey: string,
): Promise<{ voucher: RedemptionDoc; issued: boolean }> {
  const me = ctx.member!
  return ctx.transaction(async (tx) => {
    const earlier = await tx.get('redemptions', id)
    if (earlier) return { voucher: earlier, issued: false }
    const countId = redemptionCountId(ctx.station._id, reward._id, me._id)
    const count = await tx.get('redemptionCounts', countId)
    if ((count?.count ?? 0) >= reward.perPersonLimit)
      throw new AppError('CONFLICT', `每人限兑 ${reward.perPersonLimit} 张，您已经兑换过了`)
    await postPoints(
      tx,
      {
        memberId: me._id,
        delta: -reward.cost,
        reason: `兑换「${reward.title}」`,
        refType: 'redemption',
        refId: id,
        idempotencyKey: `redeem:${me._id}:${requestKey}`,
        byMemberId: me._id,
      },
      ctx.now,
    )
    const voucher: RedemptionDoc = {
      _id: id,
      stationId: ctx.station._id,
      rewardId: reward._id,
      rewardTitle: reward.title,
      provider: reward.provider,
      memberId: me._id,
      memberName: me.name,
      cost: reward.cost,
      code: voucherCode(id),
      status: 'issued',
      validUntil: reward.validUntil,
      createdAt: ctx.now,
      usedAt: null,
      usedBy: null,
      usedByName: '',
    }
    await tx.insert('redemptions', voucher)
    if (count)
      await tx.updateRead('redemptionCounts', countId, { count: count.count + 1, updatedAt: ctx.now })
    else
      await tx.insert('redemptionCounts', {
        _id: countId,
        rewardId: reward._id,
        memberId: me._id,
        count: 1,
        updatedAt: ctx.now,
      })
    await bumpRedemption(tx, null, voucher)
    return { voucher, issued: true }
  })
}
