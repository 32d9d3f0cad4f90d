import type { TopicDoc } from '../../../types/forum/entities'
import { forumContract } from '../../../types/forum'
import type { Allowed } from '../../../types/forum/flow'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import type { ScopedTransaction } from '../../_kernel/tx'
import { handleMove } from '../handle'
import { ratingId } from '../../../types/forum/ids'

/**
 * The author and the topic's supporters rate the resolution 1–5 with a comment. Rating again
 * replaces one's rating. The author's rating settles the topic (已评价), or at 2 or less reopens it
 * with its side and escalates it to the 站长. The rating record, the topic's sums and the figures
 * change in one transaction.
 */
export const rateTopic = actionsOf<'forum'>(forumContract).station('rateTopic', {
  access: 'verified',
  proxy: true,
  label: '评价议题',
  async run(ctx, { topicId, score, comment }) {
    const text = comment ?? ''
    const { moved, detail } = await handleMove(
      ctx,
      topicId,
      { event: 'rate', score, text },
      {
        textField: 'comment',
        also: (tx, topic, verdict) => saveRating(ctx, tx, topic, verdict, score, text),
      },
    )
    return { topic: detail, reopened: moved.verdict.escalate }
  },
})

async function saveRating(
  ctx: StationCtx,
  tx: ScopedTransaction,
  topic: TopicDoc,
  verdict: Allowed,
  score: number,
  comment: string,
): Promise<Partial<TopicDoc>> {
  const memberId = ctx.member!._id
  const id = ratingId(topic._id, memberId)
  const before = await tx.get('ratings', id)
  const byAuthor = verdict.as === 'author'
  if (before) await tx.updateRead('ratings', id, { score, comment, updatedAt: ctx.now })
  else
    await tx.insert('ratings', {
      _id: id,
      topicId: topic._id,
      memberId,
      byAuthor,
      score,
      comment,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
  return {
    ratingSum: topic.ratingSum + score - (before?.score ?? 0),
    ratingCount: topic.ratingCount + (before ? 0 : 1),
    lastRatedAt: ctx.now,
    ...(byAuthor ? { authorScore: score } : {}),
  }
}
