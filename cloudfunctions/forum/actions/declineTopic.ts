import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../access'
import { handleMove } from '../handle'

/** Staff decline a submitted topic with a reason the author and everyone read. */
export const declineTopic = actionsOf<'forum'>(forumContract).station('declineTopic', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { topicId, reason }) {
    const { detail } = await handleMove(
      ctx,
      topicId,
      { event: 'decline', text: reason },
      { textField: 'reason', audit: ({ after }) => `不予受理议题「${after.title}」：${reason}` },
    )
    return detail
  },
})
