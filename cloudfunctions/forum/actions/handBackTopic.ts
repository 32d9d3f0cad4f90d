import { forumContract } from '../../../types/forum'
import { HAND_BACK_LABELS } from '../../../types/forum/labels'
import { actionsOf } from '../../_kernel/action'
import { handleMove } from '../handle'

/** The side holding a topic hands it back to the station, only with a reason code and a text. */
export const handBackTopic = actionsOf<'forum'>(forumContract).station('handBackTopic', {
  access: { roles: ['sideRep'] },
  async run(ctx, { topicId, reasonCode, reason }) {
    const { detail } = await handleMove(
      ctx,
      topicId,
      { event: 'handBack', reasonCode, text: reason },
      {
        textField: 'reason',
        audit: ({ after }) => `退回议题「${after.title}」：${HAND_BACK_LABELS[reasonCode]}，${reason}`,
      },
    )
    return detail
  },
})
