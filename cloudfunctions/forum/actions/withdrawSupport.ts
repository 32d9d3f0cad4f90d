import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { setSupport } from '../supports'

/** Takes a support back; withdrawing what is not there changes nothing. */
export const withdrawSupport = actionsOf<'forum'>(forumContract).station('withdrawSupport', {
  access: 'verified',
  proxy: true,
  label: '取消支持',
  run: (ctx, { topicId }) => setSupport(ctx, topicId, false),
})
