import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { viewerOf } from '../access'
import { detailOf, visibleTopic } from '../topics'

/** One topic in full: body, images, the timeline with who holds it and for how long, the official reply. */
export const topic = actionsOf<'forum'>(forumContract).station('topic', {
  access: 'verified',
  proxy: true,
  async run(ctx, { topicId }) {
    const viewer = viewerOf(ctx)
    return detailOf(ctx, await visibleTopic(ctx, topicId, viewer), viewer)
  },
})
