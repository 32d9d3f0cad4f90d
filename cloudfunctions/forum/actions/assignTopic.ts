import { forumContract } from '../../../types/forum'
import { SIDE_LABELS } from '../../../types/labels'
import { actionsOf } from '../../_kernel/action'
import { STAFF_ROLES } from '../access'
import { handleMove } from '../handle'

/**
 * Staff assign an accepted topic to the responsible side with a due date (交办); assigning again
 * redirects it (another side, a new date), which is also how the 站长 handles an escalation.
 */
export const assignTopic = actionsOf<'forum'>(forumContract).station('assignTopic', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { topicId, side, dueDate, note }) {
    const { detail } = await handleMove(
      ctx,
      topicId,
      { event: 'assign', side, dueDate, text: note ?? '' },
      {
        textField: 'note',
        audit: ({ after }) => `交办议题「${after.title}」给${SIDE_LABELS[side]}，期限${dueDate}`,
      },
    )
    return detail
  },
})
