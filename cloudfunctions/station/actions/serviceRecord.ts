import type { MemberDoc } from '../../../types/entities'
import { stationContract } from '../../../types/station'
import type { PartyReportView, ServiceRecord } from '../../../types/station'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { command, inList } from '../../_kernel/query'
import { isStaff } from '../../_kernel/roles'
import { chinaDate, chinaDayEnd, chinaDayStart } from '../../_kernel/time'
import { wishServiceItems } from '../../wish/serviceItems'
import { toCsv } from '../csv'
import { postName, toReportView } from '../posts'

type ActivityRow = ServiceRecord['activities'][number]

/**
 * A party member's service at this station over a period — post, activities, hours — as a
 * record for their workplace party branch (双报到 feedback). Staff may export anyone's.
 */
export const serviceRecord = actionsOf<'station'>(stationContract).station('serviceRecord', {
  access: 'verified',
  async run(ctx, { from, to, memberId }) {
    const subject = await subjectOf(ctx, memberId)
    const [report] = await ctx.db.partyReports.find({ memberId: subject._id }, { limit: 1 })
    const reportView = report ? toReportView(report, await postName(ctx.db, report.postId)) : null
    const activities = await activityRows(ctx, subject._id, from, to)
    const wishes = await wishServiceItems(ctx.db, subject._id, from, to)
    const totalMinutes = activities.reduce((sum, r) => sum + r.minutes, 0)
    if (subject._id !== ctx.member!._id) {
      // Staff reading someone's record is audited; the answer carries the CSV, so viewing is exporting.
      await ctx.audit({
        action: 'station.serviceRecord',
        targetType: 'member',
        targetId: subject._id,
        summary: `查看了 ${subject.name} 的服务记录（${from} 至 ${to}）`,
      })
    }
    return {
      memberName: subject.name,
      stationName: ctx.station.name,
      from,
      to,
      report: reportView,
      activities,
      totalMinutes,
      wishes,
      csv: recordCsv(
        ctx.station.name,
        subject.name,
        reportView,
        `${from} 至 ${to}`,
        activities,
        totalMinutes,
        wishes,
      ),
      filename: `${subject.name}-服务记录-${from}至${to}.csv`,
    }
  },
})

async function subjectOf(ctx: StationCtx, memberId: string | undefined): Promise<MemberDoc> {
  const self = ctx.member!
  if (!memberId || memberId === self._id) return self
  if (!isStaff(ctx.roles)) throw forbidden('只能导出本人的服务记录')
  const subject = await ctx.db.members.byId(memberId)
  if (!subject) throw notFound('没有找到这位党员')
  return subject
}

async function activityRows(
  ctx: StationCtx,
  memberId: string,
  from: string,
  to: string,
): Promise<ActivityRow[]> {
  const period = command()
    .gte(chinaDayStart(from))
    .and(command().lt(chinaDayEnd(to)))
  const checkins = await ctx.db.checkins.findAll(
    { memberId, checkInAt: period },
    [['checkInAt', 'asc']],
    5000,
  )
  if (checkins.length === 0) return []
  const ids = [...new Set(checkins.map((c) => c.activityId))]
  const titles = new Map(
    (await ctx.db.activities.find({ _id: inList(ids) }, { limit: 1000 })).map((a) => [a._id, a.title]),
  )
  return checkins.map((c) => ({
    title: titles.get(c.activityId) ?? '（活动已删除）',
    date: chinaDate(c.checkInAt),
    minutes: c.minutes,
  }))
}

function recordCsv(
  station: string,
  name: string,
  report: PartyReportView | null,
  period: string,
  rows: ActivityRow[],
  totalMinutes: number,
  wishes: ServiceRecord['wishes'],
) {
  const hours = (minutes: number) => (minutes / 60).toFixed(1)
  return toCsv([
    ['服务记录', station],
    ['姓名', name],
    ['工作单位', report?.workUnit ?? ''],
    ['所在党组织', report?.partyOrg ?? ''],
    ['认领岗位', report?.postName ?? '未认领'],
    ['期间', period],
    [],
    ['日期', '活动', '时长（小时）'],
    ...rows.map((r) => [r.date, r.title, hours(r.minutes)]),
    ['合计', `${rows.length}次`, hours(totalMinutes)],
    ...(wishes.length > 0
      ? [
          [],
          ['日期', '帮邻居实现的微心愿'],
          ...wishes.map((w) => [w.date, w.title]),
          ['合计', `${wishes.length}个`],
        ]
      : []),
  ])
}
