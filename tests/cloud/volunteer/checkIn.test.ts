/**
 * Check-in and check-out by the organiser's rotating QR: a hundred identical scans are one
 * check-in; forged, expired, other-activity and other-station tokens, the wrong direction and
 * check-out before check-in are typed refusals that write nothing; minutes are clipped to the
 * activity's window; a geofence holds; the organiser checks people in and out by hand, audited.
 */
import type { CheckinDoc } from '../../../types/volunteer/entities'
import { checkinId } from '../../../types/volunteer/ids'
import type { TestCloud } from '../support/cloud'
import { OTHER, XINAN } from '../support/fixtures'
import { audits, expectRefused, modifyRecord } from '../support/helpers'
import { doc, docs, LIVE, tokenFor, V, volunteerCloud } from './support'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

const scan = (openid: string, action: 'checkIn' | 'checkOut', input: Record<string, unknown>) =>
  t.call(openid, 'volunteer', action, { activityId: LIVE.on, ...input })
const mine = (memberId: string, activityId = LIVE.on) => checkinId(XINAN, activityId, memberId)

test('100 identical check-ins at once: one check-in, every answer the same record', async () => {
  const token = tokenFor(LIVE.on, 'in')
  const answers = await Promise.all(
    Array.from({ length: 100 }, () => scan(V.volunteer.openid, 'checkIn', { token })),
  )
  expect(answers.filter((a) => !a.ok)).toEqual([])
  expect(docs(t, 'checkins', { activityId: LIVE.on, memberId: V.volunteer.id })).toHaveLength(1)
  const ids = new Set(answers.map((a) => (a.ok ? a.data.checkinId : '')))
  expect([...ids]).toEqual([mine(V.volunteer.id)])
  expect(new Set(answers.map((a) => (a.ok ? a.data.checkInAt : ''))).size).toBe(1)
  // Signed up beforehand, so not a walk-in; check-in writes no ledger entry and no figure.
  expect(doc<CheckinDoc>(t, 'checkins', mine(V.volunteer.id))).toMatchObject({ status: 'in', walkIn: false })
  expect(docs(t, 'pointsLedger', { refId: mine(V.volunteer.id) })).toEqual([])
})

test('check in, check out: minutes are counted; someone who did not sign up is a walk-in', async () => {
  await t.ok(V.resident.openid, 'volunteer', 'checkIn', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'in'),
  })
  const out = await t.ok(V.resident.openid, 'volunteer', 'checkOut', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'out'),
  })
  expect(out).toMatchObject({ status: 'out', walkIn: true, checkOutBy: 'qr', minutes: 0 })
  // A second check-out answers the first one's record.
  const again = await t.ok(V.resident.openid, 'volunteer', 'checkOut', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'out'),
  })
  expect(again.checkOutAt).toBe(out.checkOutAt)
})

describe('refused with a typed error in plain Chinese, and nothing written', () => {
  test('a forged token (wrong signature) is INVALID_INPUT on `token`', async () => {
    const real = tokenFor(LIVE.on, 'in')
    const forged = real.slice(0, -3) + (real.endsWith('AAA') ? 'BBB' : 'AAA')
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => scan(V.volunteer.openid, 'checkIn', { token: forged }),
      'token',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => scan(V.volunteer.openid, 'checkIn', { token: 'hello' }),
      'token',
    )
  })

  test('a replay after the window (two windows old) is EXPIRED; one window either side is accepted', async () => {
    await expectRefused(
      t,
      'EXPIRED',
      () => scan(V.volunteer.openid, 'checkIn', { token: tokenFor(LIVE.on, 'in', -2) }),
      'token',
    )
    await expectRefused(
      t,
      'EXPIRED',
      () => scan(V.volunteer.openid, 'checkIn', { token: tokenFor(LIVE.on, 'in', 5) }),
      'token',
    )
    await t.ok(V.volunteer.openid, 'volunteer', 'checkIn', {
      activityId: LIVE.on,
      token: tokenFor(LIVE.on, 'in', -1),
    })
  })

  test("another activity's token is refused (the signature binds the activity)", async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => scan(V.volunteer.openid, 'checkIn', { token: tokenFor(LIVE.soon, 'in') }),
      'token',
    )
  })

  test("another station's token is refused, and its activities are NOT_FOUND here", async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => scan(V.volunteer.openid, 'checkIn', { token: tokenFor(LIVE.on, 'in', 0, OTHER) }),
      'token',
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(V.volunteer.openid, 'volunteer', 'checkIn', {
        activityId: 'ac-other-2',
        token: tokenFor('ac-other-2', 'in', 0, OTHER),
      }),
    )
  })

  test('the check-out code at check-in, or the reverse, says which code it is', async () => {
    const error = await expectRefused(
      t,
      'INVALID_INPUT',
      () => scan(V.volunteer.openid, 'checkIn', { token: tokenFor(LIVE.on, 'out') }),
      'token',
    )
    expect(error.message).toContain('签退二维码')
  })

  test('check-out before check-in is NOT_FOUND', async () => {
    const error = await expectRefused(t, 'NOT_FOUND', () =>
      scan(V.volunteer.openid, 'checkOut', { token: tokenFor(LIVE.on, 'out') }),
    )
    expect(error.message).toContain('请先扫')
  })

  test('an activity whose check-in is not open (published, not opened) is refused', async () => {
    await expectRefused(t, 'CONFLICT', () =>
      t.call(V.volunteer.openid, 'volunteer', 'checkIn', {
        activityId: LIVE.soon,
        token: tokenFor(LIVE.soon, 'in'),
      }),
    )
  })

  test('pending members and guests cannot check in', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      scan('demo-pending', 'checkIn', { token: tokenFor(LIVE.on, 'in') }),
    )
    await expectRefused(t, 'NOT_MEMBER', () =>
      scan('guest-new', 'checkIn', { token: tokenFor(LIVE.on, 'in') }),
    )
  })
})

describe('geofence', () => {
  const place = { lat: 30.2084, lng: 120.2126 }
  beforeEach(async () => {
    await modifyRecord(t, 'activities', { _id: LIVE.on }, { $set: { geofence: { ...place, radius: 200 } } })
  })

  test('without a location, or too far away, refused on `location`; nearby, accepted', async () => {
    const token = tokenFor(LIVE.on, 'in')
    await expectRefused(t, 'INVALID_INPUT', () => scan(V.volunteer.openid, 'checkIn', { token }), 'location')
    const far = await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        scan(V.volunteer.openid, 'checkIn', { token, location: { lat: place.lat + 0.01, lng: place.lng } }),
      'location',
    )
    expect(far.message).toMatch(/约 1\d{3} 米/)
    await t.ok(V.volunteer.openid, 'volunteer', 'checkIn', {
      activityId: LIVE.on,
      token,
      location: { lat: place.lat + 0.001, lng: place.lng },
    })
  })
})

describe('the organiser, by hand', () => {
  test('checks someone in and out with a reason; minutes clipped to the window; audited with both names', async () => {
    const a = doc<{ startAt: Date; endAt: Date }>(t, 'activities', LIVE.on)
    const start = new Date(a.startAt).getTime()
    const early = new Date(start - 20 * 60_000).toISOString()
    await t.ok(V.organiser.openid, 'volunteer', 'markAttendance', {
      activityId: LIVE.on,
      memberId: V.elder.id,
      direction: 'in',
      at: early,
      reason: '王奶奶没有手机',
    })
    const out = await t.ok(V.organiser.openid, 'volunteer', 'markAttendance', {
      activityId: LIVE.on,
      memberId: V.elder.id,
      direction: 'out',
      at: new Date(start + 5 * 60_000).toISOString(),
      reason: '提前回家',
    })
    // In 20 minutes before the start, out 5 after: 5 minutes inside the window.
    expect(out).toMatchObject({ status: 'out', minutes: 5, checkInBy: 'organiser', checkOutBy: 'organiser' })
    expect(out.manualNote).toContain('王奶奶没有手机')
    expect(audits(t, 'volunteer.markAttendance').map((e) => e.summary)).toEqual([
      `为 王奶奶 代为签到「现在进行的活动」：王奶奶没有手机`,
      `为 王奶奶 代为签退「现在进行的活动」：提前回家`,
    ])
  })

  test('a time in the future, or a check-out before the check-in, is refused on `at`', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(V.organiser.openid, 'volunteer', 'markAttendance', {
          activityId: LIVE.on,
          memberId: V.volunteer.id,
          direction: 'in',
          at: new Date(Date.now() + 10 * 60_000).toISOString(),
          reason: '测试',
        }),
      'at',
    )
  })

  test("an organiser cannot mark attendance at another team's activity", async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(V.organiser.openid, 'volunteer', 'markAttendance', {
        activityId: LIVE.party,
        memberId: V.volunteer.id,
        direction: 'in',
        at: new Date().toISOString(),
        reason: '测试',
      }),
    )
  })
})

test("openCheckin hands the organiser this activity's key only; the phone's tokens are accepted", async () => {
  const key = await t.ok(V.organiser.openid, 'volunteer', 'openCheckin', { activityId: LIVE.soon })
  expect(key).toMatchObject({ subject: `activity:${LIVE.soon}`, stationCode: 'xinan', windowSeconds: 30 })
  const { signToken, windowAt } = await import('../../../types/qrToken')
  const token = signToken(key.key, key.subject, 'in', windowAt(Date.now()))
  await t.ok(V.volunteer.openid, 'volunteer', 'checkIn', { activityId: LIVE.soon, token })
  // The same key signs nothing for another activity.
  const other = signToken(key.key, `activity:${LIVE.on}`, 'in', windowAt(Date.now()))
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => scan(V.volunteer.openid, 'checkIn', { token: other }),
    'token',
  )
  // Opening again answers the same key; another team's organiser may not open it.
  expect((await t.ok(V.organiser.openid, 'volunteer', 'openCheckin', { activityId: LIVE.soon })).key).toBe(
    key.key,
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(V.organiser.openid, 'volunteer', 'openCheckin', { activityId: LIVE.party }),
  )
})
