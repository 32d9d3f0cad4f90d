/**
 * A move on a topic made through an action: check the person's words first (residents read them),
 * make the move (moves.ts), audit what staff decided, and answer the topic as the person now sees it.
 */
import type { Move } from '../../types/forum/flow'
import type { TopicDetail } from '../../types/forum/views'
import type { StationCtx } from '../_kernel/action'
import { checkTexts, SCENE } from '../_kernel/wechat/contentSecurity'
import { capacityOf, viewerOf } from './access'
import { supportId } from '../../types/forum/ids'
import { moveTopic } from './moves'
import type { Moved, MoveSpec } from './moves'
import { detailOf } from './topics'

export interface HandleOptions {
  /** The input field the move's text came in, for CONTENT_REJECTED. */
  textField?: string
  /** An audit line for staff decisions, from the topic as it now is. */
  audit?: (moved: Moved) => string
  also?: MoveSpec['also']
}

export async function handleMove(
  ctx: StationCtx,
  topicId: string,
  move: Omit<Move, 'now'>,
  options: HandleOptions = {},
): Promise<{ moved: Moved; detail: TopicDetail }> {
  if (options.textField && move.text)
    await checkTexts(ctx, [{ field: options.textField, text: move.text }], SCENE.forum)
  const viewer = viewerOf(ctx)
  const moved = await moveTopic(ctx, {
    topicId,
    viewer,
    // Only a rating asks whether the person supported the topic (supporters rate too).
    who: async (tx, topic) =>
      capacityOf(
        viewer,
        topic,
        move.event === 'rate' &&
          !!viewer.memberId &&
          !!(await tx.get('supports', supportId(topic._id, viewer.memberId))),
      ),
    byName: ctx.actor?.name ?? '',
    move,
    also: options.also,
  })
  if (options.audit)
    await ctx.audit({
      action: `forum.${move.event}`,
      targetType: 'topic',
      targetId: topicId,
      summary: options.audit(moved),
    })
  return { moved, detail: await detailOf(ctx, moved.after, viewer) }
}
