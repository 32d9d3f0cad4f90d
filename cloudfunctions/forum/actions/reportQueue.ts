import type { ReplyDoc, ReportDoc, TopicDoc } from '../../../types/forum/entities'
import { forumContract } from '../../../types/forum'
import type { ReportRow } from '../../../types/forum/views'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import { STAFF_ROLES } from '../access'

/**
 * Staff's moderation queue: content with reports nobody has looked at (most reported first), then
 * what is hidden (to restore). Topics and replies together, with the reporters' reasons.
 */
export const reportQueue = actionsOf<'forum'>(forumContract).station('reportQueue', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { skip, limit }) {
    const _ = command()
    const query = _.or([{ reportsOpen: _.gt(0) }, { hidden: true }])
    const take = {
      orderBy: [['reportsOpen', 'desc'] as [string, 'desc'], ['createdAt', 'desc'] as [string, 'desc']],
      limit: skip + limit,
    }
    const [topics, replies, topicTotal, replyTotal] = await Promise.all([
      ctx.db.topics.find(query, take),
      ctx.db.replies.find(query, take),
      ctx.db.topics.count(query),
      ctx.db.replies.count(query),
    ])
    const rows = [...topics.map(topicRow), ...replies.map(replyRow)]
      .sort((a, b) => b.reportsOpen - a.reportsOpen || b.createdAt.localeCompare(a.createdAt))
      .slice(skip, skip + limit)
    const reports = rows.length
      ? await ctx.db.reports.find({ targetId: inList(rows.map((r) => r.targetId)) }, { limit: 1000 })
      : []
    return pageOf(
      rows.map((r) => ({ ...r, reasons: reasonsFor(reports, r.targetId) })),
      topicTotal + replyTotal,
      skip,
      limit,
    )
  },
})

function topicRow(t: TopicDoc): ReportRow {
  return {
    targetType: 'topic',
    targetId: t._id,
    topicId: t._id,
    title: t.title,
    excerpt: t.body.slice(0, 80),
    authorName: t.authorName,
    reportsOpen: t.reportsOpen,
    reportCount: t.reportCount,
    reasons: [],
    hidden: t.hidden,
    hiddenReason: t.hiddenReason,
    createdAt: new Date(t.createdAt).toISOString(),
  }
}

function replyRow(r: ReplyDoc): ReportRow {
  return {
    targetType: 'reply',
    targetId: r._id,
    topicId: r.topicId,
    title: '回复',
    excerpt: r.body.slice(0, 80),
    authorName: r.authorName,
    reportsOpen: r.reportsOpen,
    reportCount: r.reportCount,
    reasons: [],
    hidden: r.hidden,
    hiddenReason: r.hiddenReason,
    createdAt: new Date(r.createdAt).toISOString(),
  }
}

function reasonsFor(reports: ReportDoc[], targetId: string): string[] {
  return reports.filter((r) => r.targetId === targetId).map((r) => r.reason)
}
