/**
 * Who hears of a topic's moves: the author at every change of status somebody else made (one
 * subscription message each; the outbox keeps every attempt, and says "offline" for a neighbour
 * served by a stand-in), and the station's 站长 when a rating of 2 or less escalates a topic.
 */
import type { TopicDoc } from '../../types/forum/entities'
import { STEP_LABELS, TOPIC_STATUS_LABELS } from '../../types/forum/labels'
import { SIDE_LABELS } from '../../types/labels'
import type { StationCtx } from '../_kernel/action'
import { notify } from '../_kernel/wechat/subscriptions'
import type { Moved } from './moves'

/** The topic page a message opens (the forum subpackage). */
export const TOPIC_PAGE = 'packages/forum/topic/index'

type NoticeCtx = Pick<StationCtx, 'db' | 'now' | 'station'>

export async function tellAfterMove(ctx: NoticeCtx, { before, after, verdict }: Moved): Promise<void> {
  // The author's own moves (rating, reopening) are not told back to them.
  const byOthers = verdict.as !== 'author' && verdict.as !== 'supporter'
  try {
    if (after.status !== before.status && byOthers) await tellAuthor(ctx, after, explain(after))
    if (verdict.escalate) await tellHeads(ctx, after)
  } catch (err) {
    // The move is committed; a message that could not even be recorded must not undo it in words.
    console.error(
      JSON.stringify({
        level: 'error',
        what: 'telling of a topic move failed',
        topicId: after._id,
        error: String(err),
      }),
    )
  }
}

/** One line on what happened, from the last entry the move wrote. */
function explain(topic: TopicDoc): string {
  const last = topic.timeline[topic.timeline.length - 1]
  if (topic.status === 'assigned' && topic.side)
    return `已交办${SIDE_LABELS[topic.side]}，期限${topic.dueDate}`
  return last.note || STEP_LABELS[last.step]
}

export async function tellAuthor(ctx: NoticeCtx, topic: TopicDoc, note: string): Promise<void> {
  const author = await ctx.db.members.byId(topic.authorId)
  if (!author || author.status === 'left') return
  const status = topic.hidden ? '已隐藏' : TOPIC_STATUS_LABELS[topic.status]
  await notify(ctx, {
    to: author,
    template: 'topicStatus',
    data: { thing1: topic.title, phrase2: status, thing3: note },
    page: `${TOPIC_PAGE}?id=${topic._id}`,
    summary: `议题「${topic.title}」${status}`,
    key: `topic:${topic._id}:${topic.timeline.length}:${status}`,
  })
}

async function tellHeads(ctx: NoticeCtx, topic: TopicDoc): Promise<void> {
  const heads = await ctx.db.members.find({ roles: 'stationHead', status: 'verified' }, { limit: 20 })
  for (const head of heads)
    await notify(ctx, {
      to: head,
      template: 'topicEscalated',
      data: { thing1: topic.title, phrase2: `${topic.authorScore ?? ''}星`, thing3: '提出人不满意，请督办' },
      page: `${TOPIC_PAGE}?id=${topic._id}`,
      summary: `议题「${topic.title}」评价不满意，转站长督办`,
      key: `escalate:${topic._id}:${topic.timeline.length}`,
    })
}
