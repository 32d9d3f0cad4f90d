import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { handleMove } from '../handle'

/**
 * 正式答复: the representative of the side the topic is assigned to answers it; the author is told
 * and may confirm, rate or (within the period) reopen. Another side's representative is refused.
 */
export const answerTopic = actionsOf<'forum'>(forumContract).station('answerTopic', {
  access: { roles: ['sideRep'] },
  async run(ctx, { topicId, text }) {
    const { detail } = await handleMove(
      ctx,
      topicId,
      { event: 'reply', text },
      { textField: 'text', audit: ({ after }) => `正式答复议题「${after.title}」` },
    )
    return detail
  },
})
