import { forumContract } from '../../../types/forum'
import { CATEGORY_LABELS, TOPIC_STATUS_LABELS } from '../../../types/forum/labels'
import { SIDE_LABELS } from '../../../types/labels'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'
import { command } from '../../_kernel/query'
import { chinaDate, chinaDayEnd, chinaDayStart } from '../../_kernel/time'
import { STAFF_ROLES } from '../access'
import { toCsv } from '../../station/csv'

/** One export at most this many topics (a year at 滨湖 is about 2,400). */
export const MAX_EXPORT_TOPICS = 5000
const HEADER = [
  '提出日期',
  '标题',
  '分类',
  '楼栋',
  '提出人',
  '匿名',
  '状态',
  '承办方',
  '办结期限',
  '逾期',
  '支持数',
  '满意度',
  '评价人数',
]

/**
 * The topics raised in a period as CSV, for staff (who see every author, anonymous ones marked);
 * audited. Residents have no export.
 */
export const exportTopics = actionsOf<'forum'>(forumContract).station('exportTopics', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { from, to }) {
    if (to < from) throw invalid('to', '结束日期不能早于开始日期')
    const _ = command()
    const query = { createdAt: _.and([_.gte(chinaDayStart(from)), _.lt(chinaDayEnd(to))]) }
    if ((await ctx.db.topics.count(query)) > MAX_EXPORT_TOPICS)
      throw invalid('from', '议题较多，请缩短时间段分次导出')
    const topics = await ctx.db.topics.findAll(query, [['createdAt', 'asc']], MAX_EXPORT_TOPICS)
    const rows = topics.map((t) => [
      chinaDate(t.createdAt),
      t.title,
      CATEGORY_LABELS[t.category],
      t.buildingName,
      t.authorName,
      t.anonymous ? '是' : '否',
      TOPIC_STATUS_LABELS[t.status],
      t.side ? SIDE_LABELS[t.side] : '',
      t.dueDate ?? '',
      t.wentOverdueAt ? '是' : '否',
      String(t.supportCount),
      t.ratingCount ? (t.ratingSum / t.ratingCount).toFixed(1) : '',
      String(t.ratingCount),
    ])
    await ctx.audit({
      action: 'forum.exportTopics',
      targetType: 'station',
      targetId: ctx.station._id,
      summary: `导出了议题（${from} 至 ${to}，${rows.length}条，含提出人）`,
    })
    return {
      filename: `${ctx.station.name}-邻里夜话-${from}至${to}.csv`,
      csv: toCsv([HEADER, ...rows]),
      rows: rows.length,
    }
  },
})
