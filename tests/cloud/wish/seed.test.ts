/**
 * The demo as `npm start` seeds it: 馨安 has wishes at every status; 王奶奶's radio, posted by her
 * son through 代办, came true with photos and a thank-you on the wall; the images are real files
 * in storage; the points paid are in the one ledger under the ids the kernel derives; nothing is
 * due the moment it is seeded.
 */
import { balanceId, entryId } from '../../../cloudfunctions/_kernel/ledger'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../../types/points'
import { WISH_STATUSES } from '../../../types/wish/entities'
import type { WishDoc } from '../../../types/wish/entities'
import { startTestCloud } from '../support/cloud'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { runClock } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud(XINAN)
  await t.cloud.seedDemo()
})
afterAll(() => t.stop())

test('馨安 has wishes at every status', () => {
  const wishes = t.cloud.db.find('wishes', { stationId: XINAN }) as unknown as WishDoc[]
  expect(new Set(wishes.map((w) => w.status))).toEqual(new Set(WISH_STATUSES))
})

test('王奶奶’s wish, posted by 王建国 through 代办, is on the wall with its pictures and her thanks', async () => {
  const wall = await t.ok(P.party, 'wish', 'wall', { filter: 'fulfilled' })
  const radio = wall.items.find((w) => w.wishId === 'wi-xa-radio')!
  expect(radio).toMatchObject({ status: 'confirmed', claimerName: '孙晓', points: 10, buildingName: '1栋' })
  expect(radio.thanks).toContain('王奶奶')
  const image = await fetch(radio.imageUrls[0])
  expect(image.status).toBe(200)
  expect(
    Buffer.from(await image.arrayBuffer())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG')
  const seenBySon = await t.ok(
    P.proxy,
    'wish',
    'detail',
    { wishId: 'wi-xa-radio' },
    { onBehalfOf: 'mb-xa-elder' },
  )
  expect(seenBySon).toMatchObject({ role: 'wisher', postedVia: 'proxy', wisherName: '王奶奶' })
  expect(seenBySon.fulfilImageUrls).toHaveLength(1)
})

test('the points paid are in the one ledger, under the ids the kernel derives', async () => {
  const entries = t.cloud.db.find('pointsLedger', {
    stationId: XINAN,
    refType: 'wish',
  }) as unknown as PointsEntryDoc[]
  expect(entries.length).toBeGreaterThan(0)
  for (const e of entries) expect(e._id).toBe(entryId(XINAN, e.idempotencyKey))
  const balances = t.cloud.db.find('pointsBalances', { stationId: XINAN }) as unknown as PointsBalanceDoc[]
  for (const b of balances) expect(b._id).toBe(balanceId(XINAN, b.memberId))
  expect(await t.ok(P.volunteer, 'wish', 'helperSummary', {})).toEqual({
    active: 1,
    fulfilled: 1,
    points: 10,
    balance: 10,
  })
})

test('the figures are counted, and nothing falls due the moment the demo is seeded', async () => {
  const stats = await t.ok(P.staff, 'wish', 'stats', {})
  expect(stats.total).toMatchObject({ posted: 12, confirmed: 2, points: 20 })
  expect(stats).toMatchObject({ pendingReview: 1, disputed: 1 })
  expect(await runClock(t, new Date())).toMatchObject({ due: 0 })
})
