/**
 * Station counters: every figure equals a recount of the records after any mix of writes
 * (property test over random party reports, some racing), sharded counters add up under a burst
 * of concurrent transactions, and rebuildCounters makes them again from the records.
 */
import { bump, readCounters, valuesOf } from '../../../cloudfunctions/_kernel/counters'
import { runScopedTransaction } from '../../../cloudfunctions/_kernel/tx'
import type { PartyReportDoc } from '../../../types/entities'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { errorOf, modifyRecord, seededCloud } from '../support/helpers'
import { scopedDb } from '../../../cloudfunctions/_kernel/repo'
import { seededPick } from '../support/random'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

/** Verified 馨安 residents who may report in. */
const REPORTERS = [
  P.staff,
  P.deputy,
  P.head1,
  P.head2,
  P.resident,
  P.volunteer,
  P.party,
  P.proxy,
  P.resident2,
]
const POSTS = [null, 'sp-xinan-1', 'sp-xinan-2', 'sp-xinan-3', 'sp-xinan-4']

/** What partyStats should say, counted from the reports themselves. */
function recount(t: TestCloud) {
  const reports = t.cloud.db.find('partyReports', { stationId: XINAN }) as unknown as PartyReportDoc[]
  const byBuilding = new Map<string | null, { reported: number; claimed: number }>()
  const byPost = new Map<string, number>()
  for (const r of reports) {
    const b = byBuilding.get(r.buildingId) ?? { reported: 0, claimed: 0 }
    b.reported++
    if (r.postId) {
      b.claimed++
      byPost.set(r.postId, (byPost.get(r.postId) ?? 0) + 1)
    }
    byBuilding.set(r.buildingId, b)
  }
  return {
    reported: reports.length,
    claimed: reports.filter((r) => r.postId).length,
    byBuilding: [...byBuilding].map(([buildingId, v]) => ({ buildingId, ...v })).sort(byId),
    byPost: [...byPost].map(([postId, claimed]) => ({ postId, claimed })).sort(byId),
  }
}
const byId = (a: { buildingId?: string | null; postId?: string }, b: typeof a) =>
  String(a.buildingId ?? a.postId).localeCompare(String(b.buildingId ?? b.postId))

async function figures(t: TestCloud) {
  const s = await t.ok(P.staff, 'station', 'partyStats', {})
  return {
    reported: s.reported,
    claimed: s.claimed,
    byBuilding: s.byBuilding
      .map(({ buildingId, reported, claimed }) => ({ buildingId, reported, claimed }))
      .sort(byId),
    byPost: s.byPost.map(({ postId, claimed }) => ({ postId, claimed })).sort(byId),
  }
}

test.each([1, 2, 3, 4, 5])(
  'counters equal a recount after random reports, some racing (seed %i)',
  async (seed) => {
    const pick = seededPick(seed)
    for (let round = 0; round < 6; round++) {
      // A few people report (or change their post) at the same moment, some twice at once.
      const calls = Array.from({ length: 1 + pick(5) }, () => {
        const who = REPORTERS[pick(REPORTERS.length)]
        const postId = POSTS[pick(POSTS.length)]
        return t.call(who, 'station', 'submitPartyReport', { workUnit: '单位', partyOrg: '支部', postId })
      })
      const answers = await Promise.all(calls)
      for (const a of answers) if (!a.ok) throw new Error(`${a.error.code} ${a.error.message}`)
      expect(await figures(t)).toEqual(recount(t))
    }
  },
)

test('rebuildCounters makes the same figures again from the records, and needs the admin token', async () => {
  await t.ok(P.resident, 'station', 'submitPartyReport', {
    workUnit: 'a',
    partyOrg: 'b',
    postId: 'sp-xinan-2',
  })
  const before = await figures(t)
  await t.cloud.db.handle({
    action: 'database.removeDocument',
    collectionName: 'counters',
    queryType: 'WHERE',
    query: JSON.stringify({ stationId: XINAN }),
    multi: true,
  })
  expect((await figures(t)).reported).toBe(0)
  expect(errorOf(await t.call(null, 'station', 'rebuildCounters', { adminToken: 'x'.repeat(20) })).code).toBe(
    'FORBIDDEN',
  )
  const done = await t.ok(null, 'station', 'rebuildCounters', {
    adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
    stationId: XINAN,
  })
  expect(done.stations).toBe(1)
  expect(await figures(t)).toEqual(before)
})

test('a sharded counter adds up under 40 concurrent transactions (conflicts are retried with a pause)', async () => {
  await Promise.all(
    Array.from({ length: 40 }, () =>
      runScopedTransaction(XINAN, (tx) =>
        bump(tx, [{ name: 'probe', dims: { month: '2026-11' }, values: { n: 1 } }], 4),
      ),
    ),
  )
  const rows = await readCounters(scopedDb(XINAN), ['probe'])
  expect(valuesOf(rows, 'probe', { month: '2026-11' })).toEqual({ n: 40 })
  const shards = t.cloud.db.find('counters', { stationId: XINAN, name: 'probe' })
  expect(shards.length).toBeGreaterThan(1)
  expect(shards.length).toBeLessThanOrEqual(4)
})

test('partyStats reads counters, not reports: its answer follows the counter documents', async () => {
  // Proof by tampering: change a counter document directly and the figure follows it.
  const [total] = t.cloud.db.find('counters', { stationId: XINAN, name: 'party' }) as { _id: string }[]
  await modifyRecord(t, 'counters', { _id: total._id }, { $set: { 'values.reported': 999 } })
  expect((await t.ok(P.staff, 'station', 'partyStats', {})).reported).toBe(999)
})
