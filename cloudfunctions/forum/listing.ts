/** One page of topic cards for a query: the page (fields a card needs only) and the total. */
import type { Page } from '../../types/fields'
import type { TopicCard } from '../../types/forum/views'
import type { StationCtx } from '../_kernel/action'
import { pageOf } from '../_kernel/paging'
import type { Query, Sort } from '../_kernel/repo'
import { viewerOf } from './access'
import { CARD_FIELDS, toCard } from './views'
import type { CardSource } from './views'

export async function cardPage(
  ctx: StationCtx,
  query: Query,
  orderBy: Sort,
  skip: number,
  limit: number,
): Promise<Page<TopicCard>> {
  const [docs, total] = await Promise.all([
    ctx.db.topics.find(query, { orderBy, skip, limit, fields: CARD_FIELDS }),
    ctx.db.topics.count(query),
  ])
  const viewer = viewerOf(ctx)
  return pageOf(
    (docs as CardSource[]).map((t) => toCard(t, viewer, ctx.now)),
    total,
    skip,
    limit,
  )
}
