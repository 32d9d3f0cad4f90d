import type { BuildingDoc, HouseholdDoc, MemberDoc } from '../../../types/entities'
import { RELATION_LABELS, STATUS_LABELS } from '../../../types/labels'
import { stationContract } from '../../../types/station'
import { actionsOf } from '../../_kernel/action'
import { invalid, notFound } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { STAFF_ROLES } from '../../_kernel/roles'
import { chinaDate } from '../../_kernel/time'
import { toCsv } from '../csv'

/** Beyond this many households, export one building at a time (keeps the answer under 1 MB). */
export const MAX_EXPORT_HOUSEHOLDS = 6000
const HEADER = ['楼栋', '单元', '房号', '姓名', '关系', '状态', '手机号', '志愿者', '党员']

/** The household register as CSV for staff, with full phone numbers; every export is audited. */
export const exportDirectory = actionsOf<'station'>(stationContract).station('exportDirectory', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { buildingId }) {
    const buildings = await ctx.db.buildings.findAll(
      buildingId ? { _id: buildingId } : {},
      [['sort', 'asc']],
      2000,
    )
    if (buildingId && buildings.length === 0) throw notFound('没有找到这栋楼')
    const filter = buildingId ? { buildingId } : {}
    if ((await ctx.db.households.count(filter)) > MAX_EXPORT_HOUSEHOLDS)
      throw invalid('buildingId', '户数较多，请按楼栋分别导出')
    const households = await ctx.db.households.findAll(
      filter,
      [
        ['unit', 'asc'],
        ['floor', 'asc'],
        ['room', 'asc'],
      ],
      MAX_EXPORT_HOUSEHOLDS,
    )
    const members = await ctx.db.members.findAll({
      ...filter,
      status: inList(['pending', 'verified', 'rejected']),
    })
    const rows = [HEADER, ...registerRows(buildings, households, members)]
    const scopeName = buildingId ? buildings[0].name : '全部楼栋'
    await ctx.audit({
      action: 'station.exportDirectory',
      targetType: 'station',
      targetId: ctx.station._id,
      summary: `导出了住户名册（${scopeName}，${rows.length - 1}行，含完整手机号）`,
    })
    return {
      filename: `${ctx.station.name}-住户名册-${scopeName}-${chinaDate(ctx.now)}.csv`,
      csv: toCsv(rows),
      rows: rows.length - 1,
    }
  },
})

/** One row per resident, and one per household nobody has registered to, in building order. */
function registerRows(
  buildings: BuildingDoc[],
  households: HouseholdDoc[],
  members: MemberDoc[],
): string[][] {
  const byHousehold = new Map<string, MemberDoc[]>()
  for (const m of members)
    if (m.householdId) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m])
  const rows: string[][] = []
  for (const b of buildings) {
    for (const h of households.filter((x) => x.buildingId === b._id)) {
      const place = [b.name, String(h.unit), h.room]
      const people = byHousehold.get(h._id) ?? []
      if (people.length === 0) rows.push([...place, '', '', '未登记', '', '', ''])
      for (const m of people) rows.push([...place, ...personCells(m)])
    }
  }
  return rows
}

function personCells(m: MemberDoc): string[] {
  const yes = (v: boolean) => (v ? '是' : '')
  return [
    m.name,
    m.relation ? RELATION_LABELS[m.relation] : '',
    STATUS_LABELS[m.status],
    m.phone,
    yes(m.isVolunteer),
    yes(m.isPartyMember),
  ]
}
