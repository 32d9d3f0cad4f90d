/**
 * 光荣榜 and the hours certificate: the roll ranks tallies by confirmed hours or points, this month
 * or all time, with the 红旗好人 staff feature; a certificate carries a unique number staff can
 * look up, and says when the record changed since.
 */
import { checkinId } from '../../../types/volunteer/ids'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { audits, expectRefused, modifyRecord, wireDate } from '../support/helpers'
import { LIVE, tokenFor, V, volunteerCloud } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

test('all time, by hours: 吴强 (450 min), 孙晓 (260), 赵敏 (180)…; by points the order follows points', async () => {
  const roll = await t.ok(V.resident.openid, 'volunteer', 'honourRoll', { period: 'all', by: 'hours' })
  expect(roll.entries.slice(0, 3).map((e) => [e.name, e.minutes])).toEqual([
    ['吴强', 450],
    ['孙晓', 260],
    ['赵敏', 180],
  ])
  expect(roll.entries[0]).toMatchObject({ rank: 1, points: 35, attendances: 3 })
  const byPoints = await t.ok(V.resident.openid, 'volunteer', 'honourRoll', { period: 'all', by: 'points' })
  const points = byPoints.entries.map((e) => e.points)
  expect([...points].sort((a, b) => b - a)).toEqual(points)
})

test('this month: a confirmation moves the roll at once', async () => {
  const before = await t.ok(V.resident.openid, 'volunteer', 'honourRoll', { period: 'month', by: 'hours' })
  expect(before.entries.find((e) => e.name === '刘阿姨')).toBeUndefined()
  await t.ok(V.resident.openid, 'volunteer', 'checkIn', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'in'),
  })
  await modifyRecord(
    t,
    'checkins',
    { _id: checkinId(XINAN, LIVE.on, V.resident.id) },
    { $set: { checkInAt: wireDate(-9 * 60_000) } },
  )
  await t.ok(V.resident.openid, 'volunteer', 'checkOut', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'out'),
  })
  await t.ok(V.organiser.openid, 'volunteer', 'confirmHours', { activityId: LIVE.on })
  const after = await t.ok(V.resident.openid, 'volunteer', 'honourRoll', { period: 'month', by: 'hours' })
  expect(after.entries.find((e) => e.name === '刘阿姨')?.minutes).toBeGreaterThanOrEqual(8)
})

test('红旗好人: staff feature a neighbour (checked text), residents see it, staff take it down', async () => {
  const f = await t.ok(V.staff.openid, 'volunteer', 'featureNeighbour', {
    name: '杨帆',
    memberId: 'mb-xa-res5',
    story: '每周帮独居老人买菜',
  })
  const roll = await t.ok(V.resident.openid, 'volunteer', 'honourRoll', { period: 'all' })
  expect(roll.featured.map((x) => x.name)).toEqual(expect.arrayContaining(['杨帆', '张桂兰']))
  await expectRefused(
    t,
    'CONTENT_REJECTED',
    () => t.call(V.staff.openid, 'volunteer', 'featureNeighbour', { name: '某人', story: '违规测试词' }),
    'story',
  )
  expect(await t.ok(V.staff.openid, 'volunteer', 'removeFeatured', { featuredId: f.featuredId })).toEqual({
    removed: true,
  })
  expect(await t.ok(V.staff.openid, 'volunteer', 'removeFeatured', { featuredId: f.featuredId })).toEqual({
    removed: false,
  })
  expect(audits(t, 'volunteer.removeFeatured')).toHaveLength(1)
})

test('a certificate: confirmed hours over a period, a unique number; the same again answers the same', async () => {
  const cert = await t.ok(V.party.openid, 'volunteer', 'issueCertificate', {
    from: '2026-10-01',
    to: '2026-11-20',
  })
  expect(cert).toMatchObject({
    memberName: '吴强',
    stationName: '馨安公寓红旗驿站',
    minutes: 450,
    attendances: 3,
  })
  expect(cert.number).toMatch(/^XINAN-\d{4}-[A-Z2-9]{8}$/)
  expect(
    (await t.ok(V.party.openid, 'volunteer', 'issueCertificate', { from: '2026-10-01', to: '2026-11-20' }))
      .number,
  ).toBe(cert.number)
  const other = await t.ok(V.party.openid, 'volunteer', 'issueCertificate', {
    from: '2026-10-27',
    to: '2026-11-20',
  })
  expect(other.number).not.toBe(cert.number)
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.resident.openid, 'volunteer', 'issueCertificate', { from: '2026-10-01', to: '2026-11-20' }),
  )
})

test('staff look a number up: found, and whether the record still matches; unknown numbers NOT_FOUND', async () => {
  const cert = await t.ok(V.party.openid, 'volunteer', 'issueCertificate', {
    from: '2026-10-01',
    to: '2026-11-20',
  })
  const found = await t.ok(V.staff.openid, 'volunteer', 'lookupCertificate', {
    number: cert.number.toLowerCase(),
  })
  expect(found).toMatchObject({ number: cert.number, memberName: '吴强', minutes: 450, stillMatches: true })
  const asked = await t.ok(V.party.openid, 'volunteer', 'requestCorrection', {
    checkinId: checkinId(XINAN, 'ac-xinan-2', 'mb-xa-party1'),
    minutes: 160,
    reason: '多服务了十分钟',
  })
  await t.ok(V.staff.openid, 'volunteer', 'decideCorrection', {
    requestId: asked.requestId,
    decision: 'approve',
  })
  expect(
    (await t.ok(V.staff.openid, 'volunteer', 'lookupCertificate', { number: cert.number })).stillMatches,
  ).toBe(false)
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.staff.openid, 'volunteer', 'lookupCertificate', { number: 'XINAN-2611-NOTHERE1' }),
  )
  expect(audits(t, 'volunteer.lookupCertificate')).toHaveLength(2)
})
