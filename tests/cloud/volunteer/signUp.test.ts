/**
 * Sign-up: capacity holds under concurrency (30 at once for 20 places → 20 signed up, 10 waiting
 * in arrival order), the waitlist is promoted in order when someone cancels and the promoted
 * person is told, a stand-in signs up the person they act for visibly, deadlines hold.
 */
import type { ActivityDoc, SignupDoc } from '../../../types/volunteer/entities'
import { signupId } from '../../../types/volunteer/ids'
import { activity } from '../../../localcloud/seed/volunteer-build'
import type { TestCloud } from '../support/cloud'
import { XINAN } from '../support/fixtures'
import { expectRefused, modifyRecord } from '../support/helpers'
import { doc, docs, LIVE, V, volunteerCloud } from './support'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

/** Makes `n` verified members (`vt-1`…) who may sign up. */
async function volunteers(n: number): Promise<string[]> {
  const base = t.cloud.db.find('members', { _id: 'mb-xa-res1' })[0] as Record<string, unknown>
  const people = Array.from({ length: n }, (_, i) => ({
    ...base,
    _id: `mb-vt-${i + 1}`,
    openid: `vt-${i + 1}`,
    name: `志愿者${i + 1}`,
    phone: `1390000${String(i).padStart(4, '0')}`,
  }))
  await t.cloud.db.insertMany('members', people)
  return people.map((p) => p.openid)
}

async function smallActivity(capacity: number): Promise<string> {
  const now = Date.now()
  const a = activity(
    XINAN,
    {
      _id: 'ac-small',
      title: '小活动',
      category: 'clinic',
      place: '议事厅',
      teamId: 'vt-xinan-flag1',
      teamName: '第一旗手团队',
      startAt: new Date(now + 2 * 86400_000),
      endAt: new Date(now + 2 * 86400_000 + 3600_000),
      capacity,
      points: { mode: 'fixed', amount: 5, cap: 0 },
    },
    0,
    'mb-xa-org',
  )
  await t.seed({ activities: [a] })
  return a._id
}

const signupsOf = (activityId: string) => docs<SignupDoc>(t, 'signups', { activityId })
const waitlist = (activityId: string) =>
  signupsOf(activityId)
    .filter((s) => s.status === 'waitlisted')
    .sort((a, b) => +new Date(a.joinedAt) - +new Date(b.joinedAt) || a._id.localeCompare(b._id))

test('30 people signing up at once for 20 places: 20 signed up, 10 waitlisted in arrival order, nobody sees a conflict', async () => {
  const id = await smallActivity(20)
  const people = await volunteers(30)
  const answers = await Promise.all(people.map((p) => t.call(p, 'volunteer', 'signUp', { activityId: id })))
  expect(answers.filter((a) => !a.ok)).toEqual([])
  const all = signupsOf(id)
  expect(all.filter((s) => s.status === 'signedUp')).toHaveLength(20)
  expect(all.filter((s) => s.status === 'waitlisted')).toHaveLength(10)
  expect(doc<ActivityDoc>(t, 'activities', id).remaining).toBe(0)
  // Each person's answer says where they are: positions 1…10, matching arrival (joinedAt, then id).
  const order = waitlist(id).map((s) => s.memberId)
  const positions = new Map<string, number>()
  for (const [i, p] of people.entries()) {
    const res = answers[i]
    if (res.ok && res.data.mine?.status === 'waitlisted')
      positions.set(`mb-${p}`, res.data.mine.waitPosition!)
  }
  // Positions answered at the moment of signing up can only grow as later people arrive; read them again now.
  for (const memberId of order) {
    const res = await t.ok(memberId.replace('mb-', ''), 'volunteer', 'getActivity', { activityId: id })
    expect(res.mine).toMatchObject({ status: 'waitlisted', waitPosition: order.indexOf(memberId) + 1 })
  }
  expect(positions.size).toBe(10)
})

test('sign-ups one after another join the waitlist in the order they came', async () => {
  const id = await smallActivity(1)
  const people = await volunteers(4)
  for (const p of people) await t.ok(p, 'volunteer', 'signUp', { activityId: id })
  expect(waitlist(id).map((s) => s.memberId)).toEqual(['mb-vt-2', 'mb-vt-3', 'mb-vt-4'])
  const third = await t.ok('vt-4', 'volunteer', 'getActivity', { activityId: id })
  expect(third.mine).toMatchObject({ status: 'waitlisted', waitPosition: 3 })
})

test('a cancellation promotes the first on the waitlist, who is told; then the next in turn', async () => {
  const id = await smallActivity(2)
  const people = await volunteers(5)
  for (const p of people) await t.ok(p, 'volunteer', 'signUp', { activityId: id })
  await t.ok('vt-1', 'volunteer', 'cancelSignup', { activityId: id })
  expect(doc<SignupDoc>(t, 'signups', signupId(XINAN, id, 'mb-vt-3')).status).toBe('signedUp')
  expect(waitlist(id).map((s) => s.memberId)).toEqual(['mb-vt-4', 'mb-vt-5'])
  const told = docs<{ memberId: string; template: string; summary: string }>(t, 'outbox', {
    template: 'activityPromoted',
  })
  expect(told.map((o) => o.memberId)).toEqual(['mb-vt-3'])
  expect(told[0].summary).toContain('小活动')
  await t.ok('vt-2', 'volunteer', 'cancelSignup', { activityId: id })
  expect(doc<SignupDoc>(t, 'signups', signupId(XINAN, id, 'mb-vt-4')).status).toBe('signedUp')
  expect(doc<ActivityDoc>(t, 'activities', id).remaining).toBe(0)
  // A waitlisted person cancelling frees no place and promotes nobody.
  await t.ok('vt-5', 'volunteer', 'cancelSignup', { activityId: id })
  expect(
    signupsOf(id)
      .filter((s) => s.status === 'signedUp')
      .map((s) => s.memberId)
      .sort(),
  ).toEqual(['mb-vt-3', 'mb-vt-4'])
})

test('cancellations racing sign-ups never overfill: places taken = signed up', async () => {
  const id = await smallActivity(5)
  const people = await volunteers(12)
  for (const p of people.slice(0, 8)) await t.ok(p, 'volunteer', 'signUp', { activityId: id })
  await Promise.all([
    ...people.slice(0, 4).map((p) => t.ok(p, 'volunteer', 'cancelSignup', { activityId: id })),
    ...people.slice(8).map((p) => t.ok(p, 'volunteer', 'signUp', { activityId: id })),
  ])
  const signedUp = signupsOf(id).filter((s) => s.status === 'signedUp').length
  const a = doc<ActivityDoc>(t, 'activities', id)
  expect(signedUp).toBe(a.capacity - a.remaining)
  expect(signedUp).toBe(5)
})

test('signing up twice (or twice at once) is one sign-up and one place', async () => {
  const id = await smallActivity(3)
  await Promise.all(
    Array.from({ length: 10 }, () => t.ok(V.resident.openid, 'volunteer', 'signUp', { activityId: id })),
  )
  expect(signupsOf(id)).toHaveLength(1)
  expect(doc<ActivityDoc>(t, 'activities', id).remaining).toBe(2)
})

test('a stand-in signs up the person they act for; the organiser sees who signed them up', async () => {
  const res = await t.ok(
    V.proxy.openid,
    'volunteer',
    'signUp',
    { activityId: LIVE.open },
    { onBehalfOf: V.elder.id },
  )
  expect(res.mine).toMatchObject({ status: 'signedUp', byName: '王建国' })
  const roster = await t.ok(V.organiser.openid, 'volunteer', 'roster', { activityId: LIVE.open })
  expect(roster.items).toEqual([
    expect.objectContaining({ name: '王奶奶', byName: '王建国', signup: 'signedUp' }),
  ])
  const audit = docs<{ summary: string }>(t, 'auditLog', { action: 'proxy.call' })
  expect(audit.map((a) => a.summary)).toContain('【代王奶奶】代办：报名志愿活动')
})

test('after the deadline: no sign-up, and cancelling in the app is refused; nothing written', async () => {
  const now = Date.now()
  await t.ok(V.party.openid, 'volunteer', 'signUp', { activityId: LIVE.open })
  await modifyRecord(
    t,
    'activities',
    { _id: LIVE.open },
    { $set: { signupDeadline: { $date: new Date(now - 60_000).toISOString() } } },
  )
  await expectRefused(t, 'CONFLICT', () =>
    t.call(V.resident.openid, 'volunteer', 'signUp', { activityId: LIVE.open }),
  )
})

test('drafts and cancelled activities take no sign-ups; another station’s activity is NOT_FOUND', async () => {
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.resident.openid, 'volunteer', 'signUp', { activityId: LIVE.draft }),
  )
  await t.ok(V.organiser.openid, 'volunteer', 'cancelActivity', { activityId: LIVE.open, reason: '下雨改期' })
  await expectRefused(t, 'CONFLICT', () =>
    t.call(V.resident.openid, 'volunteer', 'signUp', { activityId: LIVE.open }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.resident.openid, 'volunteer', 'signUp', { activityId: 'ac-other-2' }),
  )
})

test('cancelling an activity tells everyone signed up or waiting, once', async () => {
  const id = await smallActivity(1)
  const people = await volunteers(3)
  for (const p of people) await t.ok(p, 'volunteer', 'signUp', { activityId: id })
  await t.ok(V.organiser.openid, 'volunteer', 'cancelActivity', { activityId: id, reason: '场地临时被占用' })
  await t.ok(V.organiser.openid, 'volunteer', 'cancelActivity', { activityId: id, reason: '场地临时被占用' })
  const told = docs<{ memberId: string; data: Record<string, { value: string }> }>(t, 'outbox', {
    template: 'activityCancelled',
  })
  expect(told.map((o) => o.memberId).sort()).toEqual(['mb-vt-1', 'mb-vt-2', 'mb-vt-3'])
  expect(told[0].data.thing3.value).toBe('场地临时被占用')
})
