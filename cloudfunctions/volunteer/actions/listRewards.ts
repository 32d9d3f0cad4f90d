import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command } from '../../_kernel/query'
import { rewardViews } from '../rewards'

/** 专属优惠包 on offer at the station (still valid), newest first; sold-out ones show 已兑完. */
export const listRewards = actionsOf<'volunteer'>(volunteerContract).station('listRewards', {
  access: 'guest',
  proxy: true,
  label: '查看优惠包',
  async run(ctx, { skip, limit }) {
    const filter = { status: 'active', validUntil: command().gt(ctx.now) }
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
  },
})
