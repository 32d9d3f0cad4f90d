/**
 * The notice domain's figures, kept in the transaction of the write that changes them:
 * - `notice.reach` per notice and building: households posted to (`targeted`) and households that
 *   read it (`read`), with the same per unit (`targetedU2`, `readU2`) in the same document, so a
 *   read changes one counter document. Sharded: a building's group chat opening the card at once
 *   spreads over several documents.
 * - `notice.groups` per notice and bound group: people whose first open came from its card.
 * - `notice.guests` per notice: people not registered yet who opened it.
 * `recount` makes them all again from the audience, read and visit records.
 */
import type { AudienceHousehold, NoticeAudienceDoc, NoticeReadDoc, NoticeVisitDoc } from '../../types/notice'
import { sumChanges } from '../_kernel/counters'
import type { CounterChange, CounterDef, CounterRow, Values } from '../_kernel/counters'
import { inList } from '../_kernel/query'
import { MAX_PAGE } from '../_kernel/repo'
import type { ScopedDb } from '../_kernel/repo'

export const REACH = 'notice.reach'
export const GROUP_OPENS = 'notice.groups'
export const GUESTS = 'notice.guests'

export { shardsFor } from '../../types/notice/layout'

export const unitField = (what: 'targeted' | 'read', unit: number) => `${what}U${unit}`

/** A building's audience as posted: its households, in total and per unit. */
export function audienceChange(
  noticeId: string,
  buildingId: string,
  households: readonly AudienceHousehold[],
): CounterChange {
  const values: Values = { targeted: households.length }
  for (const h of households)
    values[unitField('targeted', h.unit)] = (values[unitField('targeted', h.unit)] ?? 0) + 1
  return { name: REACH, dims: { noticeId, buildingId }, values }
}

/** A household's first read; a household outside the audience joins the targeted as it reads. */
export function readChange(
  read: Pick<NoticeReadDoc, 'noticeId' | 'buildingId' | 'unit' | 'late'>,
): CounterChange {
  const values: Values = { read: 1, [unitField('read', read.unit)]: 1 }
  if (read.late) Object.assign(values, { targeted: 1, [unitField('targeted', read.unit)]: 1 })
  return { name: REACH, dims: { noticeId: read.noticeId, buildingId: read.buildingId }, values }
}

export function groupOpenChange(noticeId: string, groupId: string): CounterChange {
  return { name: GROUP_OPENS, dims: { noticeId, groupId }, values: { opens: 1 } }
}

export function guestChange(noticeId: string): CounterChange {
  return { name: GUESTS, dims: { noticeId }, values: { opens: 1 } }
}

/** Everything one household's read record contributes: the household once, each group-led reader once. */
export function readRecordChanges(read: NoticeReadDoc): CounterChange[] {
  return [
    readChange(read),
    ...read.readers.filter((r) => r.groupId).map((r) => groupOpenChange(read.noticeId, r.groupId!)),
  ]
}

export function visitChanges(visit: NoticeVisitDoc): CounterChange[] {
  return [
    guestChange(visit.noticeId),
    ...(visit.groupId ? [groupOpenChange(visit.noticeId, visit.groupId)] : []),
  ]
}

export const noticeCounters: CounterDef = {
  names: [REACH, GROUP_OPENS, GUESTS],
  async recount(db: ScopedDb): Promise<CounterRow[]> {
    const audience: NoticeAudienceDoc[] = await db.noticeAudience.findAll({}, [['_id', 'asc']], 1_000_000)
    const reads = await db.noticeReads.findAll({}, [['_id', 'asc']], 5_000_000)
    const visits = await db.noticeVisits.findAll({}, [['_id', 'asc']], 1_000_000)
    return sumChanges([
      ...audience.map((a) => audienceChange(a.noticeId, a.buildingId, a.households)),
      ...reads.flatMap(readRecordChanges),
      ...visits.flatMap(visitChanges),
    ])
  },
}

export interface Reach {
  /** Counter values per building id. */
  buildings: Map<string, Values>
  /** Opens per group id. */
  groups: Map<string, number>
  guests: number
}

/** One notice's figures, shards added up: one read (a station-wide notice at 滨湖 is ~760 documents). */
export async function reachOf(db: ScopedDb, noticeId: string): Promise<Reach> {
  const docs: CounterRow[] = []
  const filter = { name: inList([REACH, GROUP_OPENS, GUESTS]), 'dims.noticeId': noticeId }
  // Only what is added up travels: a station-wide notice at 滨湖 is ~760 documents.
  const fields = { name: true, dims: true, values: true }
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await db.counters.find(filter, { orderBy: [['_id', 'asc']], skip, limit: MAX_PAGE, fields })
    docs.push(...(page as unknown as CounterRow[]))
    if (page.length < MAX_PAGE) break
  }
  const reach: Reach = { buildings: new Map(), groups: new Map(), guests: 0 }
  for (const row of sumChanges(docs)) {
    if (row.name === REACH) reach.buildings.set(String(row.dims.buildingId), row.values)
    else if (row.name === GROUP_OPENS) reach.groups.set(String(row.dims.groupId), row.values.opens ?? 0)
    else reach.guests += row.values.opens ?? 0
  }
  return reach
}
