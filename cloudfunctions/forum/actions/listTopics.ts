import { forumContract } from '../../../types/forum'
import { UNRESOLVED } from '../../../types/forum/flow'
import type { TopicSort } from '../../../types/forum/topics'
import { actionsOf } from '../../_kernel/action'
import { inList } from '../../_kernel/query'
import type { Sort } from '../../_kernel/repo'
import { cardPage } from '../listing'

const ORDER: Record<TopicSort, Sort> = {
  hot: [
    ['supportCount', 'desc'],
    ['lastActivityAt', 'desc'],
  ],
  new: [['createdAt', 'desc']],
  // Still open, the longest waiting first.
  unresolved: [['createdAt', 'asc']],
}

/**
 * The station's topics for residents: hot (most supported), new, or unresolved (still being worked
 * on, longest waiting first), optionally one category. Hidden topics are not listed. Two reads.
 */
export const listTopics = actionsOf<'forum'>(forumContract).station('listTopics', {
  access: 'verified',
  proxy: true,
  async run(ctx, { sort, category, skip, limit }) {
    const query: Record<string, unknown> = { hidden: false }
    if (sort === 'unresolved') query.status = inList([...UNRESOLVED])
    if (category) query.category = category
    return cardPage(ctx, query, ORDER[sort], skip, limit)
  },
})
