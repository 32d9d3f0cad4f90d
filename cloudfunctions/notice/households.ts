/**
 * One building's households for a notice: those posted to, which have read it, and how a
 * reminder would reach each that has not. Everything here is one building (a few hundred
 * households at most), so a page is a handful of reads however big the station is.
 */
import type { HouseholdDoc, MemberDoc } from '../../types/entities'
import type { NoticeDoc, NoticeReadDoc, ReachBy } from '../../types/notice'
import { NOTICE_TEMPLATE_OF } from '../../types/notice/labels'
import type { StationCtx } from '../_kernel/action'
import { forbidden, invalid } from '../_kernel/errors'
import { command, inList } from '../_kernel/query'
import { managedBuildings } from './access'
import { audienceId } from './ids'

export interface BuildingRoll {
  buildingName: string
  /** Every household of the building, by id. */
  households: Map<string, HouseholdDoc>
  /** Households of the audience (and readers registered since), in unit and room order. */
  targeted: string[]
  reads: Map<string, NoticeReadDoc>
  /** Verified people per household. */
  people: Map<string, MemberDoc[]>
}

/** The building must be the notice's and the caller's. */
export function checkBuilding(ctx: StationCtx, notice: NoticeDoc, buildingId: string) {
  if (!notice.buildingIds.includes(buildingId)) throw invalid('buildingId', '这条通知没有发给这栋楼')
  if (!managedBuildings(ctx, notice).includes(buildingId)) throw forbidden('这栋楼不是您负责的')
}

export async function rollOf(ctx: StationCtx, notice: NoticeDoc, buildingId: string): Promise<BuildingRoll> {
  const [building, audience, reads, households, members] = await Promise.all([
    ctx.db.buildings.byId(buildingId),
    ctx.db.noticeAudience.byId(audienceId(notice._id, buildingId)),
    ctx.db.noticeReads.findAll({ noticeId: notice._id, buildingId }, [['_id', 'asc']], 20000),
    ctx.db.households.findAll({ buildingId }, [['_id', 'asc']], 20000),
    ctx.db.members.findAll({ buildingId, status: 'verified' }, [['_id', 'asc']], 20000),
  ])
  const byId = new Map(households.map((h) => [h._id, h]))
  const readMap = new Map(reads.map((r) => [r.householdId, r]))
  const ids = [...new Set([...(audience?.households.map((h) => h.id) ?? []), ...readMap.keys()])]
  const people = new Map<string, MemberDoc[]>()
  for (const m of members) people.set(m.householdId!, [...(people.get(m.householdId!) ?? []), m])
  return {
    buildingName: building?.name ?? '',
    households: byId,
    targeted: ids.sort((a, b) => compareRooms(byId.get(a), byId.get(b))),
    reads: readMap,
    people,
  }
}

function compareRooms(a: HouseholdDoc | undefined, b: HouseholdDoc | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0
  return a.unit - b.unit || a.floor - b.floor || a.room.localeCompare(b.room, 'en', { numeric: true })
}

/** Members of these households with a consent left for the notice's category. */
export async function consenting(
  ctx: StationCtx,
  notice: NoticeDoc,
  members: MemberDoc[],
): Promise<Set<string>> {
  const phones = members.filter((m) => !m.offline)
  if (phones.length === 0) return new Set()
  const subs = await ctx.db.subscriptions.find(
    {
      template: NOTICE_TEMPLATE_OF[notice.category],
      memberId: inList(phones.map((m) => m._id)),
      available: command().gt(0),
    },
    { limit: 1000 },
  )
  return new Set(subs.map((s) => s.memberId))
}

/** A message reaches someone; a stand-in tells an elder with no phone; or the building head knocks. */
export function reachByOf(people: MemberDoc[], consent: Set<string>): ReachBy {
  if (people.some((m) => consent.has(m._id))) return 'message'
  if (people.length > 0 && people.every((m) => m.offline)) return 'standIn'
  return 'visit'
}
