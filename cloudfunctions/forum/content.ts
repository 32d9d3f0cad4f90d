/** Topics and replies as moderation sees them: one shape for either kind of content. */
import type { ReplyDoc, ReportTarget, TopicDoc } from '../../types/forum/entities'
import type { StationCtx } from '../_kernel/action'
import { notFound } from '../_kernel/errors'
import type { ScopedTransaction } from '../_kernel/tx'
import { maySee } from './access'
import type { Viewer } from './access'

export type Content = { type: 'topic'; doc: TopicDoc } | { type: 'reply'; doc: ReplyDoc; topic: TopicDoc }

const collectionOf = (type: ReportTarget) => (type === 'topic' ? 'topics' : 'replies')

/** The content if this viewer may see it (and, for a reply, its topic). */
export async function readContent(
  tx: ScopedTransaction,
  type: ReportTarget,
  id: string,
  viewer: Viewer,
): Promise<Content> {
  const missing = () => notFound(type === 'topic' ? '没有找到这个议题' : '没有找到这条回复')
  if (type === 'topic') {
    const doc = await tx.get('topics', id)
    if (!doc || !maySee(viewer, doc)) throw missing()
    return { type, doc }
  }
  const doc = await tx.get('replies', id)
  const topic = doc ? await tx.get('topics', doc.topicId) : null
  if (
    !doc ||
    !topic ||
    !maySee(viewer, topic) ||
    (doc.hidden && !viewer.staff && doc.authorId !== viewer.memberId)
  )
    throw missing()
  return { type, doc, topic }
}

export async function patchContent(tx: ScopedTransaction, content: Content, patch: Record<string, unknown>) {
  await tx.updateRead(collectionOf(content.type), content.doc._id, patch)
}

export type ContentCtx = StationCtx
