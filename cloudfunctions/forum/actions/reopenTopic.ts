import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { handleMove } from '../handle'

/** The author reopens a resolved topic within the period (REOPEN_DAYS), saying why; back to its side. */
export const reopenTopic = actionsOf<'forum'>(forumContract).station('reopenTopic', {
  access: 'verified',
  proxy: true,
  label: '重新打开议题',
  async run(ctx, { topicId, reason }) {
    return (await handleMove(ctx, topicId, { event: 'reopen', text: reason }, { textField: 'reason' })).detail
  },
})
