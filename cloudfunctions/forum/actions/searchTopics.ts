import { forumContract } from '../../../types/forum'
import { queryTerms } from '../../../types/forum/search'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'
import { command } from '../../_kernel/query'
import { cardPage } from '../listing'

/**
 * Keyword search within the station over titles and bodies: the query's search keys must all be
 * among a topic's (types/forum/search.ts), one lookup on the `{stationId, terms}` index rather
 * than a text scan. Newest first; hidden topics are not found.
 */
export const searchTopics = actionsOf<'forum'>(forumContract).station('searchTopics', {
  access: 'verified',
  proxy: true,
  async run(ctx, { q, skip, limit }) {
    const terms = queryTerms(q)
    if (terms.length === 0) throw invalid('q', '请输入要搜索的文字或数字')
    return cardPage(ctx, { hidden: false, terms: command().all(terms) }, [['createdAt', 'desc']], skip, limit)
  },
})
