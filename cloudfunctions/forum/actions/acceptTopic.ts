import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../access'
import { handleMove } from '../handle'

/** Staff take up a submitted topic (待受理 → 已受理); the author is told. */
export const acceptTopic = actionsOf<'forum'>(forumContract).station('acceptTopic', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { topicId, note }) {
    const { detail } = await handleMove(
      ctx,
      topicId,
      { event: 'accept', text: note ?? '' },
      { textField: 'note', audit: ({ after }) => `受理议题「${after.title}」` },
    )
    return detail
  },
})
