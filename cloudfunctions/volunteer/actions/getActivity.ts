import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { visibleActivity } from '../access'
import { detailOf } from '../detail'

/** One activity with the caller's place, attendance and what they may do (anyone who opened the station). */
export const getActivity = actionsOf<'volunteer'>(volunteerContract).station('getActivity', {
  access: 'guest',
  proxy: true,
  label: '查看活动',
  async run(ctx, { activityId }) {
    return detailOf(ctx, await visibleActivity(ctx, activityId))
  },
})
