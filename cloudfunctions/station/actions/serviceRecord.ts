import { stationInputs } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { command, inList } from '../../_kernel/query'
import { isStaff } from '../../_kernel/roles'
import { chinaDate, chinaDayEnd, chinaDayStart } from '../../_kernel/time'
import { toCsv } from '../csv'
import { postName, toReportView } from '../posts'

/**
 * A party member's service at this station over a period — post, activities, hours — as a
 * record for their workplace party branch (双报到 feedback). Staff may export anyone's.
 */
export const serviceRecord = actionsOf<'station'>(stationInputs).station('serviceRecord', {
  access: 'verified',
  async run(ctx, { from, to, memberId }) {
    const self = ctx.member!
    const subjectId = memberId ?? self._id
    if (subjectId !== self._id && !isStaff(ctx.roles)) throw forbidden('只能导出本人的服务记录')
    const subject = subjectId === self._id ? self : await ctx.db.members.byId(subjectId)
    if (!subject) throw notFound('没有找到这位党员')
    const [report] = await ctx.db.partyReports.find({ memberId: subject._id }, { limit: 1 })
    const checkins = await ctx.db.checkins.findAll(
      { memberId: subject._id, checkInAt: command().gte(chinaDayStart(from)).and(command().lt(chinaDayEnd(to))) },
      [['checkInAt', 'asc']],
      5000,
    )
    const activities = checkins.length ? await ctx.db.activities.find({ _id: inList([...new Set(checkins.map((c) => c.activityId))]) }, { limit: 1000 }) : []
    const titles = new Map(activities.map((a) => [a._id, a.title]))
    const rows = checkins.map((c) => ({ title: titles.get(c.activityId) ?? '（活动已删除）', date: chinaDate(c.checkInAt), minutes: c.minutes }))
    const totalMinutes = rows.reduce((sum, r) => sum + r.minutes, 0)
    const reportView = report ? toReportView(report, await postName(ctx.db, report.postId)) : null
    if (subject._id !== self._id) {
      await ctx.audit({ action: 'station.serviceRecord', targetType: 'member', targetId: subject._id, summary: `导出了 ${subject.name} 的服务记录（${from} 至 ${to}）` })
    }
    const csv = toCsv([
      ['服务记录', ctx.station.name],
      ['姓名', subject.name],
      ['工作单位', reportView?.workUnit ?? ''],
      ['所在党组织', reportView?.partyOrg ?? ''],
      ['认领岗位', reportView?.postName ?? '未认领'],
      ['期间', `${from} 至 ${to}`],
      [],
      ['日期', '活动', '时长（小时）'],
      ...rows.map((r) => [r.date, r.title, (r.minutes / 60).toFixed(1)]),
      ['合计', `${rows.length}次`, (totalMinutes / 60).toFixed(1)],
    ])
    return {
      memberName: subject.name, stationName: ctx.station.name, from, to, report: reportView, activities: rows, totalMinutes,
      csv, filename: `${subject.name}-服务记录-${from}至${to}.csv`,
    }
  },
})
