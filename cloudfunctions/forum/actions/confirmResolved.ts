import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { handleMove } from '../handle'

/** The author confirms the official reply solved it (已答复 → 已解决); rating may follow. */
export const confirmResolved = actionsOf<'forum'>(forumContract).station('confirmResolved', {
  access: 'verified',
  proxy: true,
  label: '确认议题已解决',
  async run(ctx, { topicId }) {
    return (await handleMove(ctx, topicId, { event: 'confirm' })).detail
  },
})
