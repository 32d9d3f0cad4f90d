import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { setSupport } from '../supports'

/** +1 on a neighbour's topic; repeating it changes nothing. */
export const supportTopic = actionsOf<'forum'>(forumContract).station('supportTopic', {
  access: 'verified',
  proxy: true,
  label: '支持议题',
  run: (ctx, { topicId }) => setSupport(ctx, topicId, true),
})
