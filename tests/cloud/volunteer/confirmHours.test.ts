/**
 * Confirming hours: an attendance is awarded exactly once however many confirmations race (100
 * identical check-ins, then 20 confirmations at once → one entry), people still checked in are
 * named and skipped, points follow the activity's rule, and the figures move with them.
 */
import type { PointsEntryDoc } from '../../../types/points'
import type { CheckinDoc } from '../../../types/volunteer/entities'
import { checkinId } from '../../../types/volunteer/ids'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { audits, expectRefused, modifyRecord } from '../support/helpers'
import { doc, docs, LIVE, tokenFor, V, volunteerCloud } from './support'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

const awardsOf = (memberId: string) =>
  docs<PointsEntryDoc>(t, 'pointsLedger', { memberId, refId: checkinId(XINAN, LIVE.on, memberId) })

/** Sets fields of the live activity directly, as time passing would. */
async function setActivity(values: Record<string, unknown>) {
  await modifyRecord(t, 'activities', { _id: LIVE.on }, { $set: values })
}
const iso = (ms: number) => ({ $date: new Date(ms).toISOString() })

test('100 identical check-ins, a check-out, then 20 confirmations at once: one check-in, one award', async () => {
  await setActivity({ points: { mode: 'fixed', amount: 10, cap: 0 } })
  const token = tokenFor(LIVE.on, 'in')
  await Promise.all(
    Array.from({ length: 100 }, () =>
      t.ok(V.volunteer.openid, 'volunteer', 'checkIn', { activityId: LIVE.on, token }),
    ),
  )
  // Time passes: the check-in was at the start, ten minutes ago.
  const id = checkinId(XINAN, LIVE.on, V.volunteer.id)
  const started = new Date(doc<{ startAt: Date }>(t, 'activities', LIVE.on).startAt).getTime()
  await modifyRecord(t, 'checkins', { _id: id }, { $set: { checkInAt: iso(started) } })
  const out = await t.ok(V.volunteer.openid, 'volunteer', 'checkOut', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'out'),
  })
  expect(out.minutes).toBeGreaterThanOrEqual(9)
  const before = (await t.ok(V.volunteer.openid, 'volunteer', 'myPoints', {})).summary
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      t.call(V.organiser.openid, 'volunteer', 'confirmHours', { activityId: LIVE.on }),
    ),
  )
  expect(answers.filter((a) => !a.ok)).toEqual([])
  // 孙晓 and 杨帆 (seeded, checked out after 8 minutes) are confirmed once each across all 20 calls.
  expect(answers.reduce((n, a) => n + (a.ok ? a.data.confirmed : 0), 0)).toBe(2)
  expect(answers.reduce((n, a) => n + (a.ok ? a.data.pointsAwarded : 0), 0)).toBe(20)
  expect(docs(t, 'checkins', { activityId: LIVE.on, memberId: V.volunteer.id })).toHaveLength(1)
  expect(doc<CheckinDoc>(t, 'checkins', id)).toMatchObject({ status: 'confirmed', points: 10 })
  const entries = awardsOf(V.volunteer.id)
  expect(entries).toEqual([
    expect.objectContaining({
      delta: 10,
      idempotencyKey: `attend:${id}`,
      reason: '参加志愿活动「现在进行的活动」',
    }),
  ])
  const after = (await t.ok(V.volunteer.openid, 'volunteer', 'myPoints', {})).summary
  expect(after.balance - before.balance).toBe(10)
  expect(after.serviceMinutes - before.serviceMinutes).toBe(out.minutes)
  // Confirming again later changes nothing.
  const again = await t.ok(V.organiser.openid, 'volunteer', 'confirmHours', { activityId: LIVE.on })
  expect(again).toMatchObject({ confirmed: 0, pointsAwarded: 0 })
  expect(awardsOf(V.volunteer.id)).toHaveLength(1)
})

test('points follow the rule: per hour served, whole points, up to the cap', async () => {
  const start = Date.now() - 3 * 3600_000
  await setActivity({ startAt: iso(start) })
  const mark = (memberId: string, direction: 'in' | 'out', at: number) =>
    t.ok(V.organiser.openid, 'volunteer', 'markAttendance', {
      activityId: LIVE.on,
      memberId,
      direction,
      at: new Date(at).toISOString(),
      reason: '现场登记',
    })
  await mark(V.resident.id, 'in', start)
  await mark(V.resident.id, 'out', start + 95 * 60_000)
  await mark(V.party.id, 'in', start - 30 * 60_000)
  await mark(V.party.id, 'out', start + 150 * 60_000)
  const res = await t.ok(V.organiser.openid, 'volunteer', 'confirmHours', {
    activityId: LIVE.on,
    memberIds: [V.resident.id, V.party.id],
  })
  // 6 points an hour: 95 minutes → 9; 150 minutes (checked in early, clipped to the start) → 15, capped at 12.
  expect(res).toMatchObject({ confirmed: 2, pointsAwarded: 21, skipped: [] })
  expect(doc<CheckinDoc>(t, 'checkins', checkinId(XINAN, LIVE.on, V.resident.id))).toMatchObject({
    confirmedMinutes: 95,
    points: 9,
  })
  expect(doc<CheckinDoc>(t, 'checkins', checkinId(XINAN, LIVE.on, V.party.id))).toMatchObject({
    confirmedMinutes: 150,
    points: 12,
  })
  expect(audits(t, 'volunteer.confirmHours').map((a) => a.summary)).toEqual([
    '确认「现在进行的活动」2 人的服务时长，发放 21 积分',
  ])
})

test('people still checked in are named and left unconfirmed until the organiser checks them out', async () => {
  await t.ok(V.volunteer.openid, 'volunteer', 'checkIn', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'in'),
  })
  const res = await t.ok(V.organiser.openid, 'volunteer', 'confirmHours', { activityId: LIVE.on })
  expect(res.skipped).toEqual([
    { memberId: V.volunteer.id, name: '孙晓', reason: '还没有签退，请先为他签退' },
  ])
  expect(doc<CheckinDoc>(t, 'checkins', checkinId(XINAN, LIVE.on, V.volunteer.id)).status).toBe('in')
})

test('finishing stops scanning; a forgotten check-out is closed by hand, then confirmed', async () => {
  await t.ok(V.volunteer.openid, 'volunteer', 'checkIn', {
    activityId: LIVE.on,
    token: tokenFor(LIVE.on, 'in'),
  })
  await t.ok(V.organiser.openid, 'volunteer', 'finishActivity', { activityId: LIVE.on })
  await expectRefused(t, 'CONFLICT', () =>
    t.call(V.volunteer.openid, 'volunteer', 'checkOut', {
      activityId: LIVE.on,
      token: tokenFor(LIVE.on, 'out'),
    }),
  )
  await t.ok(V.organiser.openid, 'volunteer', 'markAttendance', {
    activityId: LIVE.on,
    memberId: V.volunteer.id,
    direction: 'out',
    at: new Date().toISOString(),
    reason: '忘记签退',
  })
  const res = await t.ok(V.organiser.openid, 'volunteer', 'confirmHours', { activityId: LIVE.on })
  expect(res.confirmed).toBe(2)
  expect(res.skipped).toEqual([])
})

test("an organiser cannot confirm another team's hours; a resident cannot at all", async () => {
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(V.organiser.openid, 'volunteer', 'confirmHours', { activityId: LIVE.party }),
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(V.resident.openid, 'volunteer', 'confirmHours', { activityId: LIVE.on }),
  )
})
