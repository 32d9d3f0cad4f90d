import type { ParsedInputOf } from '../../../types/api'
import { volunteerContract } from '../../../types/volunteer'
import type { RewardDoc } from '../../../types/volunteer/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { forbidden, invalid, notFound } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { command } from '../../_kernel/query'
import { replace } from '../../_kernel/storage'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { handlesReward, MERCHANT_ROLES, providerOf } from '../access'
import { rewardViews } from '../rewards'

type Input = ParsedInputOf<'volunteer', 'saveReward'>

/**
 * Staff (for any provider) or a merchant (for their own) offer a reward or change one. On create
 * `stock` is the stock; on edit it is added to what is left (negative takes away, never below
 * zero), by a conditional update that cannot race a redemption into overselling. Audited.
 */
export const saveReward = actionsOf<'volunteer'>(volunteerContract).station('saveReward', {
  access: { roles: MERCHANT_ROLES },
  async run(ctx, input) {
    const provider = providerOf(ctx) ?? input.provider
    if (!provider)
      throw providerOf(ctx) === '' ? forbidden('您还没有绑定商家') : invalid('provider', '请填写提供方')
    await checkTexts(
      ctx,
      [
        { field: 'title', text: input.title },
        { field: 'description', text: input.description },
        { field: 'provider', text: provider },
      ],
      SCENE.profile,
    )
    const saved = input.rewardId
      ? await edit(ctx, input.rewardId, input, provider)
      : await create(ctx, input, provider)
    await ctx.audit({
      action: 'volunteer.saveReward',
      targetType: 'reward',
      targetId: saved._id,
      summary: `${input.rewardId ? '修改' : '上架'}优惠券「${saved.title}」（${provider}，${saved.cost} 积分，库存 ${saved.stock}）`,
    })
    return (await rewardViews(ctx, [saved]))[0]
  },
})

function fields(ctx: StationCtx, input: Input, provider: string) {
  return {
    title: input.title,
    description: input.description,
    provider,
    cost: input.cost,
    perPersonLimit: input.perPersonLimit,
    validUntil: input.validUntil,
    imageFileId: input.image[0] ?? null,
    status: input.active ? ('active' as const) : ('withdrawn' as const),
    updatedAt: ctx.now,
  }
}

async function create(ctx: StationCtx, input: Input, provider: string): Promise<RewardDoc> {
  if (input.stock < 0) throw invalid('stock', '库存不能小于0')
  if (input.validUntil.getTime() <= ctx.now.getTime()) throw invalid('validUntil', '有效期已经过去了')
  const _id = newId()
  const doc: RewardDoc = {
    _id,
    stationId: ctx.station._id,
    ...fields(ctx, input, provider),
    stock: input.stock,
    issued: 0,
    createdBy: ctx.member!._id,
    createdAt: ctx.now,
  }
  return replace(ctx, input.image, imageSpec(_id), async () => {
    await ctx.db.rewards.insert(doc)
    return doc
  })
}

async function edit(ctx: StationCtx, rewardId: string, input: Input, provider: string): Promise<RewardDoc> {
  const current = await ctx.db.rewards.byId(rewardId)
  if (!current) throw notFound('没有找到这张优惠券')
  if (!handlesReward(ctx, current)) throw forbidden('您只能修改自己店铺的优惠券')
  return replace(ctx, input.image, imageSpec(rewardId), async () => {
    const changed = await ctx.db.rewards.updateById(
      rewardId,
      { ...fields(ctx, input, provider), stock: command().inc(input.stock) },
      { stock: command().gte(Math.max(0, -input.stock)) },
    )
    if (!changed) throw invalid('stock', '减少的数量超过了剩余库存')
    return (await ctx.db.rewards.byId(rewardId))!
  })
}

const imageSpec = (rewardId: string) => ({
  kind: 'reward' as const,
  itemType: 'reward',
  itemId: rewardId,
  field: 'image',
})
