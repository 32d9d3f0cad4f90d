/**
 * The wish figures equal a recount of the wishes after any mix of moves — posts, reviews, claims
 * racing, fulfilments, confirmations racing the clock, disputes settled either way — and
 * rebuildCounters makes the same figures from the records.
 */
import type { WishDoc } from '../../../types/wish/entities'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { DAY, openWish, runClock, upload, wishCloud, wishInput } from './support'
import { seededPick } from '../support/random'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await wishCloud()
})
afterEach(() => t.stop())

const month = (d: Date) => new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 7)

/** What the figures should say, counted from the wishes themselves. */
function recount(t: TestCloud) {
  const wishes = t.cloud.db.find('wishes', { stationId: XINAN }) as unknown as WishDoc[]
  const total = { posted: 0, fulfilled: 0, confirmed: 0, points: 0 }
  const months = new Map<string, typeof total>()
  const at = (m: string) =>
    months.get(m) ?? months.set(m, { posted: 0, fulfilled: 0, confirmed: 0, points: 0 }).get(m)!
  for (const w of wishes) {
    total.posted++
    at(month(w.createdAt)).posted++
    if (w.fulfilledAt) {
      total.fulfilled++
      at(month(w.fulfilledAt)).fulfilled++
    }
    if (w.confirmedAt) {
      total.confirmed++
      total.points += w.points
      at(month(w.confirmedAt)).confirmed++
      at(month(w.confirmedAt)).points += w.points
    }
  }
  // The clock is run up to 30 days ahead, so a confirmation can fall in a month after today's;
  // stats lists this month and the ones before it, so the recount does too (totals count all).
  const thisMonth = month(new Date())
  const shown = [...months].filter(([m]) => m <= thisMonth).sort()
  return { total, months: Object.fromEntries(shown) }
}

async function figures(t: TestCloud) {
  const s = await t.ok(P.staff, 'wish', 'stats', {})
  const months = Object.fromEntries(
    s.months
      .filter((m) => m.posted + m.fulfilled + m.confirmed + m.points > 0)
      .map(({ month, ...v }) => [month, v])
      .sort(),
  )
  return { total: s.total, months }
}

const HELPERS = [P.volunteer, P.party, P.head1]
const WISHERS = [P.resident, P.resident2, 'demo-resident3']

async function step(t: TestCloud, pick: (n: number) => number, ids: string[]) {
  const wishId = ids[pick(ids.length)]
  const helper = HELPERS[pick(HELPERS.length)]
  const wisher = WISHERS[pick(WISHERS.length)]
  switch (pick(7)) {
    case 0:
      ids.push(await openWish(t, wisher, { title: `心愿${ids.length}` }))
      return
    case 1:
      await Promise.all(HELPERS.map((h) => t.call(h, 'wish', 'claim', { wishId })))
      return
    case 2: {
      const images = [await upload(t, helper, 'fulfilment')]
      await t.call(helper, 'wish', 'fulfil', { wishId, note: '完成', images })
      return
    }
    case 3:
      await Promise.all([
        t.call(wisher, 'wish', 'confirm', { wishId }),
        t.call(P.staff, 'wish', 'confirm', { wishId }),
        runClock(t, new Date(Date.now() + 30 * DAY)).catch(() => null),
      ])
      return
    case 4:
      await t.call(wisher, 'wish', 'dispute', { wishId, reason: '没有做完' })
      return
    case 5:
      await t.call(P.staff, 'wish', 'resolve', {
        wishId,
        decision: pick(2) ? 'confirm' : 'reopen',
        note: '已核实',
      })
      return
    default:
      await t.call(P.staff, 'wish', 'review', { wishId, decision: 'approve' })
      await t.call(wisher, 'wish', 'post', wishInput())
  }
}

test.each([1, 2, 3])('figures equal a recount after random moves, some racing (seed %i)', async (seed) => {
  const pick = seededPick(seed)
  const ids = ['wi-xa-walk', 'wi-xa-cert', 'wi-xa-bike', 'wi-xa-lamp', 'wi-xa-clothes', 'wi-xa-legal']
  const start = recount(t).total
  for (let round = 0; round < 30; round++) {
    await step(t, pick, ids)
    expect(await figures(t)).toEqual(recount(t))
  }
  // The moves did move things (a test of nothing happening would pass too easily).
  const end = recount(t).total
  expect(end.posted).toBeGreaterThan(start.posted)
  expect(end.fulfilled + end.confirmed).toBeGreaterThan(start.fulfilled + start.confirmed)
})

test('rebuildCounters makes the same figures from the records', async () => {
  const before = await figures(t)
  await t.cloud.db.handle({
    action: 'database.removeDocument',
    collectionName: 'counters',
    queryType: 'WHERE',
    query: JSON.stringify({ stationId: XINAN, name: { $in: ['wish', 'wish.byMonth'] } }),
    multi: true,
  })
  expect((await figures(t)).total.posted).toBe(0)
  await t.ok(null, 'wish', 'rebuildCounters', {
    adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
    stationId: XINAN,
  })
  expect(await figures(t)).toEqual(before)
  expect(before).toEqual(recount(t))
})
