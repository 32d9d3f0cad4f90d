/**
 * The forum's figures are counters kept in the same transaction as every move; after any mix of
 * moves (many refused, some racing, due dates passing) they equal a recount of the topics, per
 * side and per month, and so do the queue badges; rebuildCounters makes the same figures again.
 */
import type { Side } from '../../../types/entities'
import type { TopicDoc } from '../../../types/forum/entities'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { FP, forumCloud, raise } from './support'
import { seededPick } from '../support/random'
import { modifyRecord, wireDate } from '../support/helpers'

jest.setTimeout(180_000)

let t: TestCloud
beforeEach(async () => {
  t = await forumCloud()
})
afterEach(() => t.stop())

const OPENID: Record<string, string> = {
  'mb-xa-res1': P.resident,
  'mb-xa-res2': P.resident2,
  'mb-xa-res3': FP.resident3,
  'mb-xa-res4': FP.resident4,
  'mb-xa-res5': FP.resident5,
  'mb-xa-vol1': P.volunteer,
  'mb-xa-party1': P.party,
}
const RESIDENTS = Object.values(OPENID)
const SIDES: Side[] = ['propertyCompany', 'ownersCommittee', 'community', 'partyBranch']
const REPS = [FP.propertyRep, FP.committeeRep, FP.communityRep]
const month = (d: Date | string | null) =>
  d ? new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 7) : ''
const day = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)

function topics(): TopicDoc[] {
  return t.cloud.db.find('topics', { stationId: XINAN }) as unknown as TopicDoc[]
}

const REP_OF: Partial<Record<Side, string>> = {
  propertyCompany: FP.propertyRep,
  ownersCommittee: FP.committeeRep,
  community: FP.communityRep,
}

/** Moves that fit a topic's status, so most of them go through; the rest are random. */
const LIKELY: Record<string, string[]> = {
  submitted: ['accept', 'accept', 'decline', 'close', 'support'],
  accepted: ['assign', 'assign', 'close'],
  assigned: ['progress', 'answer', 'handBack', 'assign', 'pastDue'],
  inProgress: ['answer', 'answer', 'progress', 'pastDue', 'close'],
  replied: ['rate', 'rate', 'confirm', 'supporterRate'],
  resolved: ['rate', 'reopen', 'supporterRate'],
  rated: ['reopen', 'rate', 'supporterRate'],
  declined: ['raise'],
  closed: ['raise'],
}

/** One move on one random topic, by a plausible (not always entitled) person. */
function randomMove(pick: (n: number) => number) {
  const all = topics()
  const topic = all[pick(all.length)]
  const topicId = topic._id
  const author = OPENID[topic.authorId] ?? P.resident
  const anyone = RESIDENTS[pick(RESIDENTS.length)]
  const rep = (topic.side && REP_OF[topic.side]) ?? REPS[pick(REPS.length)]
  const moves: Record<string, () => Promise<{ ok: boolean }>> = {
    raise: () => t.call(anyone, 'forum', 'raiseTopic', raise({ title: `随机议题${pick(1e6)}` })),
    accept: () => t.call(P.staff, 'forum', 'acceptTopic', { topicId }),
    decline: () => t.call(P.deputy, 'forum', 'declineTopic', { topicId, reason: '不属于驿站职责' }),
    assign: () =>
      t.call(P.staff, 'forum', 'assignTopic', { topicId, side: SIDES[pick(3)], dueDate: day(pick(3)) }),
    progress: () => t.call(rep, 'forum', 'postProgress', { topicId, note: '在办' }),
    answer: () => t.call(rep, 'forum', 'answerTopic', { topicId, text: '已办好' }),
    handBack: () =>
      t.call(rep, 'forum', 'handBackTopic', { topicId, reasonCode: 'notOurs', reason: '不归我们' }),
    rate: () => t.call(author, 'forum', 'rateTopic', { topicId, score: 1 + pick(5) }),
    support: () => t.call(anyone, 'forum', 'supportTopic', { topicId }),
    supporterRate: () => t.call(anyone, 'forum', 'rateTopic', { topicId, score: 1 + pick(5) }),
    confirm: () => t.call(author, 'forum', 'confirmResolved', { topicId }),
    reopen: () => t.call(author, 'forum', 'reopenTopic', { topicId, reason: '又出问题了' }),
    close: () => t.call(P.staff, 'forum', 'closeTopic', { topicId, reason: '重复' }),
    pastDue: () => pastDue(topicId),
  }
  const names = Object.keys(moves)
  const likely = LIKELY[topic.status]
  const name = pick(5) === 0 ? names[pick(names.length)] : likely[pick(likely.length)]
  return moves[name]()
}

/** Time passes for one topic: its due day is behind us (the next queue read flags it). */
async function pastDue(topicId: string) {
  await modifyRecord(t, 'topics', { _id: topicId }, { $set: { dueAt: wireDate(-3600_000) } })
  return t.call(P.staff, 'forum', 'queueCounts', {})
}

interface Row {
  collected: number
  accepted: number
  declined: number
  resolved: number
  overdue: number
  ratingSum: number
  ratingCount: number
}
const zero = (): Row => ({
  collected: 0,
  accepted: 0,
  declined: 0,
  resolved: 0,
  overdue: 0,
  ratingSum: 0,
  ratingCount: 0,
})

/** The figures counted from the topics themselves, by side and by month. */
function recount(year: number) {
  const bySide = new Map<string, Row>()
  const byMonth = new Map<string, Row>()
  const add = (side: string | null, when: Date | string | null, field: keyof Row, n = 1) => {
    if (!when || !month(when).startsWith(String(year))) return
    for (const [map, key] of [
      [bySide, String(side)],
      [byMonth, month(when)],
    ] as const) {
      const row = map.get(key) ?? zero()
      row[field] += n
      map.set(key, row)
    }
  }
  for (const tp of topics()) {
    add(tp.side, tp.createdAt, 'collected')
    add(tp.side, tp.acceptedAt, 'accepted')
    if (tp.status === 'declined') add(tp.side, tp.closedAt, 'declined')
    if (tp.status === 'resolved' || tp.status === 'rated') add(tp.side, tp.resolvedAt, 'resolved')
    add(tp.side, tp.wentOverdueAt, 'overdue')
    add(tp.side, tp.lastRatedAt, 'ratingSum', tp.ratingSum)
    add(tp.side, tp.lastRatedAt, 'ratingCount', tp.ratingCount)
  }
  return { bySide, byMonth }
}

const satisfaction = (r: Row) => (r.ratingCount ? Math.round((r.ratingSum / r.ratingCount) * 10) / 10 : 0)

async function expectFiguresMatch() {
  const year = Number(day(0).slice(0, 4))
  const figures = await t.ok(P.staff, 'forum', 'figures', { year })
  const { bySide, byMonth } = recount(year)
  for (const row of figures.bySide) {
    const want = bySide.get(String(row.side)) ?? zero()
    const { ratingSum: _s, ratingCount, ...counts } = want
    expect([row.side, row]).toEqual([
      row.side,
      { side: row.side, ...counts, satisfaction: satisfaction(want), ratings: ratingCount },
    ])
  }
  for (const row of figures.byMonth) {
    const want = byMonth.get(row.month) ?? zero()
    expect([row.month, row.collected, row.resolved, row.overdue, row.ratings]).toEqual([
      row.month,
      want.collected,
      want.resolved,
      want.overdue,
      want.ratingCount,
    ])
  }
  // The queue badges too.
  const counts = await t.ok(P.staff, 'forum', 'queueCounts', {})
  const now = topics()
  const open = (s: string[]) => now.filter((tp) => s.includes(tp.status))
  expect(counts).toMatchObject({
    submitted: open(['submitted']).length,
    accepted: open(['accepted']).length,
    withSides: open(['assigned', 'inProgress']).length,
    overdue: open(['assigned', 'inProgress']).filter((tp) => tp.overdueAt).length,
    escalated: open(['submitted', 'accepted', 'assigned', 'inProgress', 'replied']).filter(
      (tp) => tp.escalatedAt,
    ).length,
  })
}

test.each([1, 2, 3, 4])('figures equal a recount after random moves, some racing (seed %i)', async (seed) => {
  const pick = seededPick(seed)
  await expectFiguresMatch()
  let changed = 0
  for (let round = 0; round < 25; round++) {
    const answers = await Promise.all(Array.from({ length: 1 + pick(4) }, () => randomMove(pick)))
    changed += answers.filter((a) => a.ok).length
    await expectFiguresMatch()
  }
  // Enough of the moves went through for the check to mean something.
  expect(changed).toBeGreaterThan(20)
})

test('rebuildCounters makes the same figures again from the topics', async () => {
  await t.ok(P.resident, 'forum', 'raiseTopic', raise())
  const before = await t.ok(P.staff, 'forum', 'figures', {})
  const counts = await t.ok(P.staff, 'forum', 'queueCounts', {})
  await t.cloud.db.handle({
    action: 'database.removeDocument',
    collectionName: 'counters',
    queryType: 'WHERE',
    query: JSON.stringify({ stationId: XINAN }),
    multi: true,
  })
  expect((await t.ok(P.staff, 'forum', 'figures', {})).total.collected).toBe(0)
  await t.ok(null, 'forum', 'rebuildCounters', {
    adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
    stationId: XINAN,
  })
  expect(await t.ok(P.staff, 'forum', 'figures', {})).toEqual(before)
  expect(await t.ok(P.staff, 'forum', 'queueCounts', {})).toEqual(counts)
})

test('figures read counters, not topics: tampering with a counter document shows in the answer', async () => {
  const [doc] = t.cloud.db.find('counters', { stationId: XINAN, name: 'forum.figures' }) as { _id: string }[]
  await modifyRecord(t, 'counters', { _id: doc._id }, { $inc: { 'values.collected': 1000 } })
  expect((await t.ok(P.staff, 'forum', 'figures', {})).total.collected).toBeGreaterThan(1000)
})
