import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { handleMove } from '../handle'

/**
 * Closes a topic with a reason: staff at any open stage (a duplicate, no answer from the author);
 * the author may withdraw their own while nobody has taken it up.
 */
export const closeTopic = actionsOf<'forum'>(forumContract).station('closeTopic', {
  access: 'verified',
  proxy: true,
  label: '撤回议题',
  async run(ctx, { topicId, reason }) {
    const { detail } = await handleMove(
      ctx,
      topicId,
      { event: 'close', text: reason },
      { textField: 'reason', audit: ({ after }) => `关闭议题「${after.title}」：${reason}` },
    )
    return detail
  },
})
