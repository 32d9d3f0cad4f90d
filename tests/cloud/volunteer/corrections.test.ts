/**
 * Hours are a record: changed only through a request the volunteer makes and staff decide. An
 * approved correction moves the minutes, the points by the rule's difference (a reversing entry
 * when fewer) and the figures; a rejection moves nothing; one request at a time; the volunteer is
 * told. Staff reverse a wrong entry once, with a reason, never below zero.
 */
import type { PointsEntryDoc } from '../../../types/points'
import type { CheckinDoc } from '../../../types/volunteer/entities'
import { checkinId } from '../../../types/volunteer/ids'
import { entryId } from '../../../cloudfunctions/_kernel/ledger'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { audits, expectRefused } from '../support/helpers'
import { doc, docs, V, volunteerCloud } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

// 吴强 at 反诈宣传进小区: 150 minutes confirmed, 4 points an hour capped at 12 → 10 points.
const PARTY_AT_2 = checkinId(XINAN, 'ac-xinan-2', 'mb-xa-party1')
const ask = (minutes: number, openid: string = V.party.openid, id = PARTY_AT_2) =>
  t.call(openid, 'volunteer', 'requestCorrection', { checkinId: id, minutes, reason: '提前到场布置' })

test('approved: minutes change, points move by the rule’s difference, the volunteer is told', async () => {
  const before = (await t.ok(V.party.openid, 'volunteer', 'myPoints', {})).summary
  const asked = await ask(180)
  if (!asked.ok) throw new Error(asked.error.message)
  expect(asked.data).toMatchObject({ status: 'pending', fromMinutes: 150, toMinutes: 180 })
  const decided = await t.ok(V.staff.openid, 'volunteer', 'decideCorrection', {
    requestId: asked.data.requestId,
    decision: 'approve',
  })
  expect(decided).toMatchObject({ status: 'approved', decidedByName: '李建华' })
  expect(doc<CheckinDoc>(t, 'checkins', PARTY_AT_2)).toMatchObject({
    confirmedMinutes: 180,
    points: 12,
    correctionPending: false,
  })
  const after = (await t.ok(V.party.openid, 'volunteer', 'myPoints', {})).summary
  expect([after.balance - before.balance, after.serviceMinutes - before.serviceMinutes]).toEqual([2, 30])
  expect(docs(t, 'outbox', { template: 'correctionDecision', memberId: 'mb-xa-party1' })).toHaveLength(1)
  // Deciding again answers the first decision and changes nothing.
  const snapshot = t.snapshot()
  await t.ok(V.staff.openid, 'volunteer', 'decideCorrection', {
    requestId: asked.data.requestId,
    decision: 'reject',
    note: '不对',
  })
  expect(t.snapshot()).toBe(snapshot)
})

test('fewer minutes: a reversing entry; the balance never goes below zero', async () => {
  const asked = await ask(30)
  if (!asked.ok) throw new Error(asked.error.message)
  await t.ok(V.staff.openid, 'volunteer', 'decideCorrection', {
    requestId: asked.data.requestId,
    decision: 'approve',
  })
  const entries = docs<PointsEntryDoc>(t, 'pointsLedger', { refId: PARTY_AT_2 })
  expect(entries.map((e) => e.delta).sort()).toEqual([-8, 10])
  expect(doc<CheckinDoc>(t, 'checkins', PARTY_AT_2)).toMatchObject({ confirmedMinutes: 30, points: 2 })
})

test('rejected: nothing moves but the request; the reason is required', async () => {
  const asked = await ask(200)
  if (!asked.ok) throw new Error(asked.error.message)
  await expectRefused(
    t,
    'INVALID_INPUT',
    () =>
      t.call(V.staff.openid, 'volunteer', 'decideCorrection', {
        requestId: asked.data.requestId,
        decision: 'reject',
      }),
    'note',
  )
  await t.ok(V.staff.openid, 'volunteer', 'decideCorrection', {
    requestId: asked.data.requestId,
    decision: 'reject',
    note: '签到记录只有两个半小时',
  })
  expect(doc<CheckinDoc>(t, 'checkins', PARTY_AT_2)).toMatchObject({
    confirmedMinutes: 150,
    points: 10,
    correctionPending: false,
  })
  const mine = await t.ok(V.party.openid, 'volunteer', 'myCorrections', {})
  expect(mine.items[0]).toMatchObject({ status: 'rejected', decisionNote: '签到记录只有两个半小时' })
})

test('one request at a time (a double tap makes one); only my own confirmed records', async () => {
  const answers = await Promise.all([ask(170), ask(170), ask(170)])
  expect(new Set(answers.map((a) => (a.ok ? a.data.requestId : a.error.code))).size).toBe(1)
  expect(docs(t, 'corrections', { checkinId: PARTY_AT_2 })).toHaveLength(1)
  await expectRefused(t, 'NOT_FOUND', () => ask(100, V.volunteer.openid))
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => ask(180, V.party.openid, checkinId(XINAN, 'ac-xinan-3', 'mb-xa-party1')),
    'minutes',
  )
})

test('staff reverse a wrong award once, with a reason; points already spent cannot be reversed', async () => {
  const award = entryId(XINAN, `attend:${checkinId(XINAN, 'ac-xinan-1', 'mb-xa-vol1')}`)
  const answers = await Promise.all(
    [1, 2, 3].map(() =>
      t.ok(V.staff.openid, 'volunteer', 'reversePoints', { entryId: award, reason: '重复发放' }),
    ),
  )
  expect(new Set(answers.map((a) => a.entryId)).size).toBe(1)
  expect(answers[0]).toMatchObject({ delta: -10, refType: 'reversal' })
  expect(doc<CheckinDoc>(t, 'checkins', checkinId(XINAN, 'ac-xinan-1', 'mb-xa-vol1')).points).toBe(0)
  expect(audits(t, 'volunteer.reversePoints')).toHaveLength(1)
  // 张桂兰 earned 14 and spent 10 on a haircut: 4 left, so her 14 cannot be taken back.
  const hers = entryId(XINAN, `attend:${checkinId(XINAN, 'ac-xinan-3', 'mb-xa-bh1')}`)
  await expectRefused(t, 'INSUFFICIENT_POINTS', () =>
    t.call(V.staff.openid, 'volunteer', 'reversePoints', { entryId: hers, reason: '发错了' }),
  )
  // A reversal or a spend is not an award to reverse.
  await expectRefused(t, 'CONFLICT', () =>
    t.call(V.staff.openid, 'volunteer', 'reversePoints', { entryId: answers[0].entryId, reason: '再冲' }),
  )
})
