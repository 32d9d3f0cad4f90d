/**
 * The station domain's counters: party members reported in and service posts claimed, in total,
 * per building and per post (the figures `partyStats` shows). A report's change is turned into
 * counter changes here, so every write that touches a report keeps them in step.
 */
import type { PartyReportDoc } from '../../types/entities'
import { sumChanges } from '../_kernel/counters'
import type { CounterChange, CounterDef, CounterRow } from '../_kernel/counters'
import type { ScopedDb } from '../_kernel/repo'

export const PARTY = 'party'
export const PARTY_BY_BUILDING = 'party.byBuilding'
export const PARTY_BY_POST = 'party.byPost'

type Counted = Pick<PartyReportDoc, 'buildingId' | 'postId'>

function contribution(report: Counted, sign: 1 | -1): CounterChange[] {
  const claimed = report.postId ? sign : 0
  const changes: CounterChange[] = [
    { name: PARTY, values: { reported: sign, claimed } },
    { name: PARTY_BY_BUILDING, dims: { buildingId: report.buildingId }, values: { reported: sign, claimed } },
  ]
  if (report.postId)
    changes.push({ name: PARTY_BY_POST, dims: { postId: report.postId }, values: { claimed: sign } })
  return changes
}

/** What changes when a report goes from `before` to `after` (either may be absent). */
export function partyChanges(before: Counted | null, after: Counted | null): CounterChange[] {
  return [...(before ? contribution(before, -1) : []), ...(after ? contribution(after, 1) : [])]
}

export const partyCounters: CounterDef = {
  names: [PARTY, PARTY_BY_BUILDING, PARTY_BY_POST],
  async recount(db: ScopedDb): Promise<CounterRow[]> {
    const reports = await db.partyReports.findAll({}, [['_id', 'asc']], 200000)
    return sumChanges(reports.flatMap((r) => contribution(r, 1)))
  },
}

export const stationCounters: readonly CounterDef[] = [partyCounters]
