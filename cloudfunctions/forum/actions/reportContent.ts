import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { viewerOf } from '../access'
import { patchContent, readContent } from '../content'
import { reportId } from '../../../types/forum/ids'

/**
 * A resident reports a topic or reply to staff (WeChat requires a UGC mini-program to take
 * complaints). One report per person per item: a repeat changes nothing.
 */
export const reportContent = actionsOf<'forum'>(forumContract).station('reportContent', {
  access: 'verified',
  async run(ctx, { targetType, targetId, reason }) {
    const viewer = viewerOf(ctx)
    const reporterId = ctx.member!._id
    const id = reportId(targetType, targetId, reporterId)
    await ctx.transaction(async (tx) => {
      const content = await readContent(tx, targetType, targetId, viewer)
      if (await tx.get('reports', id)) return
      const topicId = content.type === 'topic' ? content.doc._id : content.topic._id
      await tx.insert('reports', {
        _id: id,
        targetType,
        targetId,
        topicId,
        reporterId,
        reason,
        createdAt: ctx.now,
      })
      await patchContent(tx, content, {
        reportsOpen: content.doc.reportsOpen + 1,
        reportCount: content.doc.reportCount + 1,
      })
    })
    return { reported: true as const }
  },
})
