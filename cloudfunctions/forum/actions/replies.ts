import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { viewerOf } from '../access'
import { visibleTopic } from '../topics'
import { toReply } from '../views'

/** The discussion under a topic, oldest first. Hidden replies only for staff and their own author. */
export const replies = actionsOf<'forum'>(forumContract).station('replies', {
  access: 'verified',
  proxy: true,
  async run(ctx, { topicId, skip, limit }) {
    const viewer = viewerOf(ctx)
    const topic = await visibleTopic(ctx, topicId, viewer)
    const query = viewer.staff ? { topicId } : { topicId, hidden: false }
    const [docs, total] = await Promise.all([
      ctx.db.replies.find(query, { orderBy: [['createdAt', 'asc']], skip, limit }),
      ctx.db.replies.count(query),
    ])
    return pageOf(
      docs.map((r) => toReply(r, topic, viewer)),
      total,
      skip,
      limit,
    )
  },
})
