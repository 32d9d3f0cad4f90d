/**
 * The demo seed is consistent the way the actions keep records: balances sit where the kernel
 * ledger reads them and equal their entries, places left match sign-ups, the seeded people find
 * their own records; and a fresh `npm start` shows every status, with an activity on right now.
 */
import { balanceId, entryId } from '../../../cloudfunctions/_kernel/ledger'
import { xinanVolunteerSeed } from '../../../localcloud/seed/xinan-volunteer'
import { XINAN_ID } from '../../../localcloud/seed/xinan'
import type { TestCloud } from '../support/cloud'
import { volunteerCloud, V } from './support'

jest.setTimeout(60_000)

const now = new Date()
const seed = xinanVolunteerSeed(now)

test('ledger: ids are the kernel’s, each balance is the sum of its entries', () => {
  for (const e of seed.pointsLedger!) expect(e._id).toBe(entryId(XINAN_ID, e.idempotencyKey))
  for (const b of seed.pointsBalances!) {
    expect(b._id).toBe(balanceId(XINAN_ID, b.memberId))
    const sum = seed.pointsLedger!.filter((e) => e.memberId === b.memberId).reduce((n, e) => n + e.delta, 0)
    expect([b.memberId, b.balance]).toEqual([b.memberId, sum])
  }
})

test('places left = capacity − signed up; stock and vouchers agree', () => {
  for (const a of seed.activities!) {
    const signedUp = seed.signups!.filter((s) => s.activityId === a._id && s.status === 'signedUp').length
    expect([a._id, a.capacity - a.remaining]).toEqual([a._id, signedUp])
  }
  for (const r of seed.rewards!) {
    const issued = seed.redemptions!.filter((v) => v.rewardId === r._id).length
    expect([r._id, r.issued]).toEqual([r._id, issued])
  }
})

test('every status is there: on now, upcoming with a waitlist and a geofence, a draft, cancelled, finished', () => {
  const t = now.getTime()
  const on = seed.activities!.find((a) => a.status === 'ongoing')!
  expect(+on.startAt < t && t < +on.endAt).toBe(true)
  expect(seed.activities!.map((a) => a.status)).toEqual(
    expect.arrayContaining(['finished', 'published', 'draft', 'cancelled']),
  )
  expect(seed.signups!.some((s) => s.status === 'waitlisted')).toBe(true)
  expect(seed.activities!.some((a) => a.geofence)).toBe(true)
  expect(seed.rewards!.some((r) => r.stock <= 1)).toBe(true)
})

describe('through the actions', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await volunteerCloud()
  })
  afterAll(() => cloud.stop())

  test('吴强 sees his seeded balance and service; 孙晓 can redeem a 理发券 with what he has', async () => {
    const party = await cloud.ok(V.party.openid, 'volunteer', 'myPoints', {})
    expect(party.summary).toMatchObject({ balance: 17, earned: 35, spent: 18, serviceMinutes: 450 })
    const vol = await cloud.ok(V.volunteer.openid, 'volunteer', 'myPoints', {})
    expect(vol.summary.balance).toBe(20)
    await cloud.ok(V.volunteer.openid, 'volunteer', 'redeem', {
      rewardId: 'rw-xinan-haircut',
      requestKey: 'seed-test',
    })
  })

  test('a seeded waitlisted person is told their place in the queue', async () => {
    const detail = await cloud.ok('demo-resident3', 'volunteer', 'getActivity', { activityId: 'ac-xinan-6' })
    expect(detail.mine).toMatchObject({ status: 'waitlisted', waitPosition: 2 })
  })
})
