/**
 * Who a notice is for. The one building-scope rule (types/station/scope.ts) decides who may post
 * where: staff to the whole station or any buildings and units, a building head only to the
 * buildings they head. A notice stores the keys a resident's list matches and the buildings it
 * reaches, so neither a list nor a receipt has to work the target out again.
 */
import type { BuildingDoc, MemberDoc } from '../../types/entities'
import type { NoticeDoc, NoticeTarget } from '../../types/notice'
import { WHOLE_STATION_LABEL } from '../../types/notice/labels'
import { buildingScope, inScope } from '../../types/station/scope'
import type { StationCtx } from '../_kernel/action'
import { forbidden, invalid } from '../_kernel/errors'
import { inList } from '../_kernel/query'

export const WHOLE_STATION = '*'
export const unitKey = (buildingId: string, unit: number) => `${buildingId}#${unit}`

export interface ResolvedTarget {
  target: NoticeTarget
  /** The buildings it reaches, in display order. */
  buildings: BuildingDoc[]
  scopeKeys: string[]
  label: string
}

export async function stationBuildings(ctx: StationCtx): Promise<BuildingDoc[]> {
  return ctx.db.buildings.findAll(
    {},
    [
      ['sort', 'asc'],
      ['name', 'asc'],
    ],
    5000,
  )
}

/** Checks a target against the station's buildings and the caller's scope. */
export async function resolveTarget(ctx: StationCtx, input: NoticeTarget): Promise<ResolvedTarget> {
  const scope = buildingScope(ctx.member, ctx.roles)
  if (input.all && input.buildings.length > 0) throw invalid('target', '「全体住户」和具体楼栋只能选一种')
  if (!input.all && input.buildings.length === 0) throw invalid('target', '请选择发给哪些楼栋')
  if (input.all && !scope.all) throw forbidden('楼长只能给自己负责的楼栋发通知')
  const all = await stationBuildings(ctx)
  if (input.all)
    return {
      target: { all: true, buildings: [] },
      buildings: all,
      scopeKeys: [WHOLE_STATION],
      label: WHOLE_STATION_LABEL,
    }
  const byId = new Map(all.map((b) => [b._id, b]))
  const chosen = input.buildings.map((tb, i) => {
    const b = byId.get(tb.buildingId)
    if (!b) throw invalid(`target.buildings.${i}.buildingId`, '没有找到这栋楼，请刷新后重新选择')
    if (!inScope(scope, b._id)) throw forbidden(`${b.name}不是您负责的楼栋，不能给它发通知`)
    if (input.buildings.findIndex((o) => o.buildingId === tb.buildingId) !== i)
      throw invalid(`target.buildings.${i}.buildingId`, `${b.name}选了两次`)
    const units = [...new Set(tb.units)].sort((x, y) => x - y)
    const over = units.find((u) => u > b.units)
    if (over) throw invalid(`target.buildings.${i}.units`, `${b.name}只有${b.units}个单元`)
    // Every unit chosen is the whole building.
    return { building: b, units: units.length === b.units ? [] : units }
  })
  chosen.sort((x, y) => all.indexOf(x.building) - all.indexOf(y.building))
  return {
    target: { all: false, buildings: chosen.map((c) => ({ buildingId: c.building._id, units: c.units })) },
    buildings: chosen.map((c) => c.building),
    scopeKeys: chosen.flatMap((c) =>
      c.units.length ? c.units.map((u) => unitKey(c.building._id, u)) : [c.building._id],
    ),
    label: targetLabel(chosen),
  }
}

/** 1栋、2栋 · 3栋2单元 · 3栋1、2单元 · 1栋、2栋、3栋等8栋 */
function targetLabel(chosen: { building: BuildingDoc; units: number[] }[]): string {
  const parts = chosen.map(({ building, units }) =>
    units.length ? `${building.name}${units.join('、')}单元` : building.name,
  )
  return parts.length > 3 ? `${parts.slice(0, 3).join('、')}等${parts.length}栋` : parts.join('、')
}

/** Does the notice reach this building (and unit)? `unit` is asked for only when the notice names units there. */
export function reachesBuilding(
  notice: Pick<NoticeDoc, 'scopeKeys'>,
  buildingId: string | null,
): 'yes' | 'no' | 'someUnits' {
  if (notice.scopeKeys.includes(WHOLE_STATION)) return 'yes'
  if (!buildingId) return 'no'
  if (notice.scopeKeys.includes(buildingId)) return 'yes'
  return notice.scopeKeys.some((k) => k.startsWith(`${buildingId}#`)) ? 'someUnits' : 'no'
}

/** Does the notice reach this member's household? Reads the household only when the notice names units. */
export async function reachesMember(
  ctx: StationCtx,
  notice: Pick<NoticeDoc, 'scopeKeys'>,
  member: Pick<MemberDoc, 'buildingId' | 'householdId'>,
): Promise<boolean> {
  const answer = reachesBuilding(notice, member.buildingId)
  if (answer !== 'someUnits') return answer === 'yes'
  const household = member.householdId ? await ctx.db.households.byId(member.householdId) : null
  return !!household && notice.scopeKeys.includes(unitKey(household.buildingId, household.unit))
}

/** `reachesMember` for many members: one read of their households, and only when the notice names units. */
export async function membersReached<M extends Pick<MemberDoc, 'buildingId' | 'householdId'>>(
  ctx: StationCtx,
  notice: Pick<NoticeDoc, 'scopeKeys'>,
  members: M[],
): Promise<M[]> {
  const answers = members.map((m) => reachesBuilding(notice, m.buildingId))
  const unsure = members.filter((m, i) => answers[i] === 'someUnits' && m.householdId)
  const units = new Map<string, string>()
  if (unsure.length) {
    const households = await ctx.db.households.find(
      { _id: inList(unsure.map((m) => m.householdId!)) },
      { limit: unsure.length },
    )
    for (const h of households) units.set(h._id, unitKey(h.buildingId, h.unit))
  }
  return members.filter(
    (m, i) =>
      answers[i] === 'yes' ||
      (answers[i] === 'someUnits' && notice.scopeKeys.includes(units.get(m.householdId ?? '') ?? '')),
  )
}
