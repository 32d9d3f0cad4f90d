/**
 * One support (+1) per member per topic. The support record's id is derived from topic and member,
 * and the record and the topic's count change in one transaction: a repeated support (50 at once
 * from one phone) finds the record there and changes nothing, so the count equals the records.
 */
import type { SupportResult } from '../../types/forum/views'
import type { StationCtx } from '../_kernel/action'
import { conflict, forbidden, notFound } from '../_kernel/errors'
import { maySee, viewerOf } from './access'
import { supportId } from '../../types/forum/ids'
import { visibleTopic } from './topics'

export async function setSupport(ctx: StationCtx, topicId: string, want: boolean): Promise<SupportResult> {
  const viewer = viewerOf(ctx)
  const memberId = ctx.member!._id
  const seen = await visibleTopic(ctx, topicId, viewer)
  if (want && seen.authorId === memberId) throw forbidden('这是您自己提的议题，不用再支持')
  if (want && (seen.status === 'closed' || seen.status === 'declined'))
    throw conflict('议题已经关闭，不能再支持')
  const id = supportId(topicId, memberId)
  return ctx.transaction(async (tx) => {
    const topic = await tx.get('topics', topicId)
    if (!topic || !maySee(viewer, topic)) throw notFound('没有找到这个议题，可能已被删除或隐藏')
    const existing = await tx.get('supports', id)
    if (!!existing === want) return { topicId, supported: want, supportCount: topic.supportCount }
    const supportCount = topic.supportCount + (want ? 1 : -1)
    if (want) await tx.insert('supports', { _id: id, topicId, memberId, createdAt: ctx.now })
    else await tx.remove('supports', id)
    await tx.updateRead('topics', topicId, { supportCount, ...(want ? { lastActivityAt: ctx.now } : {}) })
    return { topicId, supported: want, supportCount }
  })
}
