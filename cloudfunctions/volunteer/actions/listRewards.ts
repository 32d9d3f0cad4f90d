import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { command } from '../../_kernel/query'
import { rewardPage } from '../rewards'

/** 专属优惠包 on offer at the station (still valid), newest first; sold-out ones show 已兑完. */
export const listRewards = actionsOf<'volunteer'>(volunteerContract).station('listRewards', {
  access: 'guest',
  proxy: true,
  label: '查看优惠包',
  async run(ctx, { skip, limit }) {
    const filter = { status: 'active', validUntil: command().gt(ctx.now) }
    return rewardPage(ctx, filter, skip, limit)
  },
})
