/**
 * Property test over random operations of the volunteer actions — attendance confirmed (awards),
 * hours corrections approved or rejected, staff reversing entries, redemptions and vouchers
 * verified, some racing each other: after every round each member's balance equals the sum of
 * their entries and is never negative, redemptions never move anyone's hours, and every figure
 * (station totals by month, each member's honour-roll tallies, reward totals) equals a recount
 * of the records; rebuildCounters makes the same figures from scratch.
 */
import { readCounters } from '../../../cloudfunctions/_kernel/counters'
import { scopedDb } from '../../../cloudfunctions/_kernel/repo'
import { HOURS_BY_MONTH, REWARDS_BY_MONTH, TALLY } from '../../../cloudfunctions/volunteer/counters'
import { monthOf } from '../../../cloudfunctions/volunteer/rules'
import { activity } from '../../../localcloud/seed/volunteer-build'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../../types/points'
import type { CheckinDoc, RedemptionDoc } from '../../../types/volunteer/entities'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { docs, LIVE, RESIDENTS, V, volunteerCloud } from './support'
import { seededPick } from '../support/random'

jest.setTimeout(300_000)

const HOUR = 3600_000
const DAY = 24 * HOUR

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

/** Activities in this month and earlier ones, each with its own rule, that hours can be marked at. */
async function activities(): Promise<{ id: string; start: number }[]> {
  const now = Date.now()
  const starts = [now - 3 * HOUR, now - 5 * HOUR, now - 35 * DAY, now - 70 * DAY]
  const rules = [
    { mode: 'fixed' as const, amount: 10, cap: 0 },
    { mode: 'perHour' as const, amount: 6, cap: 12 },
    { mode: 'perHour' as const, amount: 4, cap: 20 },
    { mode: 'fixed' as const, amount: 3, cap: 0 },
  ]
  const docs = starts.map((start, i) =>
    activity(
      XINAN,
      {
        _id: `ac-prop-${i}`,
        title: `属性活动${i}`,
        category: 'other',
        place: '广场',
        teamId: 'vt-xinan-flag1',
        teamName: '第一旗手团队',
        startAt: new Date(start),
        endAt: new Date(start + 3 * HOUR),
        capacity: 50,
        points: rules[i],
        status: i < 2 ? 'ongoing' : 'finished',
      },
      0,
      'mb-xa-org',
    ),
  )
  await t.seed({ activities: docs })
  return docs.map((d) => ({ id: d._id, start: d.startAt.getTime() }))
}

type Op = (pick: (n: number) => number) => Promise<unknown>

/** Answers that came back ok, by operation: the test proves each kind really happened. */
let done: Record<string, number> = {}
function tally(name: string, res: unknown) {
  const r = res as { ok?: boolean; error?: { code: string } } | undefined
  if (r?.ok) done[name] = (done[name] ?? 0) + 1
  else if (r) done[`${name}:${r.error!.code}`] = (done[`${name}:${r.error!.code}`] ?? 0) + 1
  if (r && !r.ok && !['INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'CONFLICT'].includes(r.error!.code))
    throw new Error(`${name}: ${JSON.stringify(r.error)}`)
  return res
}

function operations(acts: { id: string; start: number }[]): Op[] {
  const person = (pick: (n: number) => number) => RESIDENTS[pick(RESIDENTS.length)]
  const attend: Op = async (pick) => {
    const a = acts[pick(acts.length)]
    const [, memberId] = person(pick)
    const inAt = a.start + pick(60) * 60_000
    const outAt = Math.min(Date.now() - 1000, inAt + (1 + pick(200)) * 60_000)
    const mark = (direction: 'in' | 'out', at: number) =>
      t.call(V.organiser.openid, 'volunteer', 'markAttendance', {
        activityId: a.id,
        memberId,
        direction,
        at: new Date(at).toISOString(),
        reason: '属性测试',
      })
    tally('markIn', await mark('in', inAt))
    tally('markOut', await mark('out', outAt))
    const res = await t.call(V.organiser.openid, 'volunteer', 'confirmHours', {
      activityId: a.id,
      memberIds: [memberId],
    })
    if (res.ok && res.data.confirmed) tally('award', res)
  }
  const correct: Op = async (pick) => {
    const confirmed = docs<CheckinDoc>(t, 'checkins', {
      stationId: XINAN,
      status: 'confirmed',
      activityId: /^ac-prop/,
    })
    if (!confirmed.length) return
    const c = confirmed[pick(confirmed.length)]
    const openid = RESIDENTS.find(([, id]) => id === c.memberId)![0]
    const asked = await t.call(openid, 'volunteer', 'requestCorrection', {
      checkinId: c._id,
      minutes: 1 + pick(240),
      reason: '记错了',
    })
    if (!asked.ok) return tally('request', asked)
    const decision = pick(3) ? 'approve' : 'reject'
    return tally(
      decision,
      await t.call(V.staff.openid, 'volunteer', 'decideCorrection', {
        requestId: asked.data.requestId,
        decision,
        note: '核对过了',
      }),
    )
  }
  const reverse: Op = async (pick) => {
    const awards = docs<PointsEntryDoc>(t, 'pointsLedger', { stationId: XINAN, refType: 'activity' }).filter(
      (e) => e.delta > 0,
    )
    if (!awards.length) return
    const entryId = awards[pick(awards.length)]._id
    return tally(
      'reverse',
      await t.call(V.staff.openid, 'volunteer', 'reversePoints', { entryId, reason: '发错了' }),
    )
  }
  const redeem: Op = async (pick) => {
    const [openid] = person(pick)
    const rewardId = [LIVE.reward, 'rw-xinan-fee', 'rw-xinan-haircut', 'rw-xinan-market'][pick(4)]
    return tally(
      'redeem',
      await t.call(openid, 'volunteer', 'redeem', { rewardId, requestKey: `k${pick(1e9)}` }),
    )
  }
  const verify: Op = async (pick) => {
    const issued = docs<RedemptionDoc>(t, 'redemptions', { stationId: XINAN, status: 'issued' })
    if (!issued.length) return
    return tally(
      'verify',
      await t.call(V.staff.openid, 'volunteer', 'verifyVoucher', { code: issued[pick(issued.length)].code }),
    )
  }
  // Awards weigh more, so there is something to spend, correct and reverse.
  return [attend, attend, attend, correct, reverse, redeem, redeem, verify]
}

function checkLedger() {
  const balances = docs<PointsBalanceDoc>(t, 'pointsBalances', { stationId: XINAN })
  const entries = docs<PointsEntryDoc>(t, 'pointsLedger', { stationId: XINAN })
  for (const b of balances) {
    const sum = entries.filter((e) => e.memberId === b.memberId).reduce((n, e) => n + e.delta, 0)
    expect([b.memberId, b.balance]).toEqual([b.memberId, sum])
    expect(b.balance).toBeGreaterThanOrEqual(0)
  }
  expect(new Set(entries.map((e) => e.idempotencyKey)).size).toBe(entries.length)
}

/** The figures, counted again from the records by this test's own arithmetic. */
function recount() {
  const out = new Map<string, Record<string, number>>()
  const add = (key: string, values: Record<string, number>) => {
    const row = out.get(key) ?? {}
    for (const [k, v] of Object.entries(values)) row[k] = (row[k] ?? 0) + v
    out.set(key, row)
  }
  for (const c of docs<CheckinDoc>(t, 'checkins', { stationId: XINAN, status: 'confirmed' })) {
    const v = { minutes: c.confirmedMinutes, points: c.points, attendances: 1 }
    const month = monthOf(c.activityStart)
    add(`${HOURS_BY_MONTH}|month=${month}`, v)
    add(`${TALLY}|memberId=${c.memberId}&period=all`, v)
    add(`${TALLY}|memberId=${c.memberId}&period=${month}`, v)
  }
  for (const r of docs<RedemptionDoc>(t, 'redemptions', { stationId: XINAN })) {
    const v = { vouchers: 1, pointsSpent: r.cost, used: r.status === 'used' ? 1 : 0 }
    add(`${REWARDS_BY_MONTH}|month=${monthOf(r.createdAt)}`, v)
  }
  return normalise(out)
}

function normalise(rows: Map<string, Record<string, number>>) {
  return [...rows]
    .map(
      ([key, values]) =>
        [
          key,
          Object.fromEntries(
            Object.entries(values)
              .filter(([, n]) => n !== 0)
              .sort(),
          ),
        ] as const,
    )
    .filter(([, values]) => Object.keys(values).length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
}

async function figures() {
  const rows = await readCounters(scopedDb(XINAN), [HOURS_BY_MONTH, TALLY, REWARDS_BY_MONTH])
  const dims = (d: Record<string, string | null>) =>
    Object.keys(d)
      .sort()
      .map((k) => `${k}=${d[k]}`)
      .join('&')
  return normalise(new Map(rows.map((r) => [`${r.name}|${dims(r.dims)}`, r.values])))
}

const hours = () =>
  JSON.stringify(
    docs<CheckinDoc>(t, 'checkins', { stationId: XINAN })
      .map((c) => [c._id, c.status, c.minutes, c.confirmedMinutes])
      .sort(),
  )

test.each([1, 2, 3])(
  'balance = sum of entries, hours untouched by redemptions, figures = recount (seed %i)',
  async (seed) => {
    const pick = seededPick(seed)
    done = {}
    const acts = await activities()
    const ops = operations(acts)
    expect(await figures()).toEqual(recount())
    for (let round = 0; round < 16; round++) {
      // Each kind in turn, plus a few at random, all at once.
      const batch = [
        ops[round % ops.length],
        ...Array.from({ length: 1 + pick(4) }, () => ops[pick(ops.length)]),
      ]
      await Promise.all(batch.map((op) => op(pick)))
      checkLedger()
      expect(await figures()).toEqual(recount())
      // A round of redemptions and verifications alone moves no hours.
      const before = hours()
      await Promise.all([ops[5](pick), ops[6](pick), ops[7](pick)])
      expect(hours()).toBe(before)
      checkLedger()
    }
    // Every kind of operation really happened (a property over no operations proves nothing).
    for (const kind of ['award', 'approve', 'reject', 'reverse', 'redeem', 'verify'])
      expect([kind, (done[kind] ?? 0) > 0]).toEqual([kind, true])
    // The figures staff read add the months up to the same totals.
    const confirmed = docs<CheckinDoc>(t, 'checkins', { stationId: XINAN, status: 'confirmed' })
    const vouchers = docs<RedemptionDoc>(t, 'redemptions', { stationId: XINAN })
    const stats = await t.ok(V.staff.openid, 'volunteer', 'volunteerStats', {})
    expect(stats.total).toEqual({
      minutes: confirmed.reduce((n, c) => n + c.confirmedMinutes, 0),
      points: confirmed.reduce((n, c) => n + c.points, 0),
      attendances: confirmed.length,
    })
    expect(stats.rewards).toEqual({
      vouchers: vouchers.length,
      pointsSpent: vouchers.reduce((n, v) => n + v.cost, 0),
      used: vouchers.filter((v) => v.status === 'used').length,
    })
    const recounted = recount()
    await t.ok(null, 'volunteer', 'rebuildCounters', {
      adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
      stationId: XINAN,
    })
    expect(await figures()).toEqual(recounted)
  },
)
