import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { handleMove } from '../handle'

/** The side holding a topic posts where it stands (已交办 → 办理中, and further notes). */
export const postProgress = actionsOf<'forum'>(forumContract).station('postProgress', {
  access: { roles: ['sideRep'] },
  async run(ctx, { topicId, note }) {
    return (await handleMove(ctx, topicId, { event: 'progress', text: note }, { textField: 'note' })).detail
  },
})
