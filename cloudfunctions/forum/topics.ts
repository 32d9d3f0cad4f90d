/** Reading one topic as a viewer may see it, and answering it in full. */
import type { TopicDoc } from '../../types/forum/entities'
import type { TopicDetail } from '../../types/forum/views'
import type { StationCtx } from '../_kernel/action'
import { notFound } from '../_kernel/errors'
import { urlsFor } from '../_kernel/storage'
import { maySee, viewerOf } from './access'
import type { Viewer } from './access'
import { ratingId, supportId } from '../../types/forum/ids'
import { toDetail } from './views'

export async function visibleTopic(ctx: StationCtx, topicId: string, viewer: Viewer): Promise<TopicDoc> {
  const topic = await ctx.db.topics.byId(topicId)
  if (!topic || !maySee(viewer, topic)) throw notFound('没有找到这个议题，可能已被删除或隐藏')
  return topic
}

/** The topic with its images, the viewer's support and rating: what every topic action answers. */
export async function detailOf(
  ctx: StationCtx,
  topic: TopicDoc,
  viewer = viewerOf(ctx),
): Promise<TopicDetail> {
  const me = viewer.memberId
  const [images, support, rating] = await Promise.all([
    topic.images.length ? urlsFor(ctx, topic.images) : Promise.resolve([]),
    me ? ctx.db.supports.byId(supportId(topic._id, me)) : Promise.resolve(null),
    me && topic.ratingCount ? ctx.db.ratings.byId(ratingId(topic._id, me)) : Promise.resolve(null),
  ])
  return toDetail(topic, viewer, ctx.now, {
    images,
    supported: !!support,
    myRating: rating ? { score: rating.score, comment: rating.comment } : null,
  })
}
