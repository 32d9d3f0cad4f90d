/**
 * Staff hide or restore a topic or reply, always with a reason, always audited. Either way the
 * reports waiting on it are dealt with. A hidden topic's author is told why; a hidden reply stops
 * counting in its topic's reply count (residents no longer see it).
 */
import type { ReportTarget } from '../../types/forum/entities'
import type { StationCtx } from '../_kernel/action'
import { viewerOf } from './access'
import { patchContent, readContent } from './content'
import type { Content } from './content'
import { tellAuthor } from './notices'

export async function moderate(
  ctx: StationCtx,
  targetType: ReportTarget,
  targetId: string,
  hide: boolean,
  reason: string,
): Promise<void> {
  const viewer = viewerOf(ctx)
  const content = await ctx.transaction(async (tx) => {
    const found = await readContent(tx, targetType, targetId, viewer)
    const changes = found.doc.hidden !== hide
    await patchContent(tx, found, { hidden: hide, hiddenReason: hide ? reason : '', reportsOpen: 0 })
    if (found.type === 'reply' && changes)
      await tx.updateRead('topics', found.topic._id, { replyCount: found.topic.replyCount + (hide ? -1 : 1) })
    return { found, changes }
  })
  await ctx.audit({
    action: hide ? 'forum.hide' : 'forum.restore',
    targetType,
    targetId,
    summary: `${hide ? '隐藏' : '恢复显示'}${describe(content.found)}：${reason}`,
  })
  if (content.changes && content.found.type === 'topic')
    await tellAuthor(ctx, { ...content.found.doc, hidden: hide }, hide ? reason : '已恢复显示')
}

function describe(content: Content): string {
  if (content.type === 'topic') return `议题「${content.doc.title}」（${content.doc.authorName}）`
  return `「${content.topic.title}」下${content.doc.authorName}的回复`
}
