/** Reward cards with their images and, for a member, how many more they may redeem. */
import type { Page } from '../../types/fields'
import type { RewardDoc } from '../../types/volunteer/entities'
import type { RewardView } from '../../types/volunteer/views'
import type { StationCtx } from '../_kernel/action'
import { pageOf } from '../_kernel/paging'
import { inList } from '../_kernel/query'
import { urlsFor } from '../_kernel/storage'
import { toReward } from './views'

export async function rewardViews(ctx: StationCtx, rewards: RewardDoc[]): Promise<RewardView[]> {
  const images = rewards.map((r) => r.imageFileId).filter((f): f is string => !!f)
  const urls = images.length ? await urlsFor(ctx, images) : []
  const urlOf = new Map(images.map((f, i) => [f, urls[i]]))
  const me = ctx.member && ctx.member.status === 'verified' ? ctx.member : null
  const counts = me
    ? await ctx.db.redemptionCounts.find(
        { memberId: me._id, rewardId: inList(rewards.map((r) => r._id)) },
        { limit: rewards.length || 1 },
      )
    : []
  const used = new Map(counts.map((c) => [c.rewardId, c.count]))
  return rewards.map((r) =>
    toReward(
      r,
      r.imageFileId ? (urlOf.get(r.imageFileId) ?? null) : null,
      me ? Math.max(0, r.perPersonLimit - (used.get(r._id) ?? 0)) : null,
    ),
  )
}

/** One page of rewards, newest first, as cards (the offer list and the provider's own list). */
export async function rewardPage(
  ctx: StationCtx,
  filter: Record<string, unknown>,
  skip: number,
  limit: number,
): Promise<Page<RewardView>> {
  const [items, total] = await Promise.all([
    ctx.db.rewards.find(filter, {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'asc'],
      ],
      skip,
      limit,
    }),
    ctx.db.rewards.count(filter),
  ])
  return pageOf(await rewardViews(ctx, items), total, skip, limit)
}
