import type { ReplyDoc, ReplyRole } from '../../../types/forum/entities'
import { forumContract } from '../../../types/forum'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { conflict, notFound } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { maySee, viewerOf } from '../access'
import type { Viewer } from '../access'
import { visibleTopic } from '../topics'
import { toReply } from '../views'

/**
 * A reply under a topic (checked by content security first). The topic's own author replies as
 * 提出人; staff and the sides' representatives reply under their role. Not on a closed topic.
 */
export const replyTopic = actionsOf<'forum'>(forumContract).station('replyTopic', {
  access: 'verified',
  proxy: true,
  label: '回复议题',
  async run(ctx, { topicId, body }) {
    const viewer = viewerOf(ctx)
    const topic = await visibleTopic(ctx, topicId, viewer)
    if (topic.status === 'closed' || topic.status === 'declined') throw conflict('议题已经关闭，不能再回复')
    const { review } = await checkTexts(ctx, [{ field: 'body', text: body }], SCENE.comment)
    const member = ctx.member!
    const reply: ReplyDoc = {
      _id: newId(),
      stationId: ctx.station._id,
      topicId,
      authorId: member._id,
      authorName: member.name,
      role: roleOf(viewer, topic.authorId),
      side: topic.authorId !== member._id && !viewer.staff ? viewer.side : null,
      body,
      reportsOpen: 0,
      reportCount: 0,
      hidden: false,
      hiddenReason: '',
      review,
      createdAt: ctx.now,
    }
    await save(ctx, reply, viewer)
    return toReply(reply, topic, viewer)
  },
})

function roleOf(viewer: Viewer, authorId: string): ReplyRole {
  if (viewer.memberId === authorId) return 'author'
  if (viewer.staff) return 'staff'
  return viewer.side ? 'side' : 'resident'
}

/** The reply and the topic's reply count together. */
async function save(ctx: StationCtx, reply: ReplyDoc, viewer: Viewer) {
  await ctx.transaction(async (tx) => {
    const topic = await tx.get('topics', reply.topicId)
    if (!topic || !maySee(viewer, topic)) throw notFound('没有找到这个议题，可能已被删除或隐藏')
    const { stationId: _s, ...fields } = reply
    await tx.insert('replies', fields)
    await tx.updateRead('topics', topic._id, { replyCount: topic.replyCount + 1, lastActivityAt: ctx.now })
  })
}
