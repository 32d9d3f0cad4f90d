import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { historyOf, summaryOf } from '../points'

/** My balance, what I earned and spent, my confirmed service, and my points history (newest first). */
export const myPoints = actionsOf<'volunteer'>(volunteerContract).station('myPoints', {
  access: 'verified',
  proxy: true,
  label: '查看积分',
  async run(ctx, { skip, limit }) {
    const me = ctx.member!._id
    const [summary, page] = await Promise.all([summaryOf(ctx, me), historyOf(ctx, me, skip, limit)])
    return { ...page, summary }
  },
})
