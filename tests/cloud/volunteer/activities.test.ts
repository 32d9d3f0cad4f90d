/**
 * Running activities: staff or an organiser for their own teams create (a draft), publish, edit
 * (capacity never below those signed up; more places promote the waitlist), cancel; residents
 * browse upcoming, past and this week's activities; drafts stay with those who run them.
 */
import type { ActivityDoc, SignupDoc } from '../../../types/volunteer/entities'
import type { TestCloud } from '../support/cloud'
import { audits, expectRefused } from '../support/helpers'
import { doc, docs, LIVE, V, volunteerCloud } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await volunteerCloud()
})
afterEach(() => t.stop())

const at = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
const form = (over: Record<string, unknown> = {}) => ({
  title: '楼道清理',
  category: 'cleanup',
  place: '5栋楼道',
  teamId: 'vt-xinan-flag1',
  startAt: at(50),
  endAt: at(52),
  signupDeadline: at(40),
  capacity: 2,
  points: { mode: 'perHour', amount: 5, cap: 10 },
  ...over,
})

test('an organiser creates a draft for their team, publishes it, residents see it; audited', async () => {
  const draft = await t.ok(V.organiser.openid, 'volunteer', 'saveActivity', form())
  expect(draft).toMatchObject({
    status: 'draft',
    phase: 'draft',
    teamName: '第一旗手团队',
    capacity: 2,
    remaining: 2,
    canManage: true,
  })
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(V.resident.openid, 'volunteer', 'getActivity', { activityId: draft.activityId }),
  )
  const upcoming = async () =>
    (await t.ok(V.resident.openid, 'volunteer', 'listActivities', { when: 'upcoming', limit: 50 })).items.map(
      (a) => a.activityId,
    )
  expect(await upcoming()).not.toContain(draft.activityId)
  await t.ok(V.organiser.openid, 'volunteer', 'publishActivity', { activityId: draft.activityId })
  expect(await upcoming()).toContain(draft.activityId)
  const seen = await t.ok(V.resident.openid, 'volunteer', 'getActivity', { activityId: draft.activityId })
  expect(seen).toMatchObject({ phase: 'open', canManage: false, signupBlocked: '' })
  expect(audits(t, 'volunteer.saveActivity').map((a) => a.summary)).toEqual(['新建活动「楼道清理」'])
  expect(audits(t, 'volunteer.publishActivity')).toHaveLength(1)
})

test("an organiser cannot create for, or edit, another team's activity; staff can", async () => {
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(V.organiser.openid, 'volunteer', 'saveActivity', form({ teamId: 'vt-xinan-party' })),
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(
      V.organiser.openid,
      'volunteer',
      'saveActivity',
      form({ activityId: LIVE.party, teamId: 'vt-xinan-flag1' }),
    ),
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(V.organiser.openid, 'volunteer', 'cancelActivity', { activityId: LIVE.party, reason: '改期' }),
  )
  await t.ok(V.staff.openid, 'volunteer', 'saveActivity', form({ teamId: 'vt-xinan-party' }))
  const mine = await t.ok(V.organiser.openid, 'volunteer', 'managedActivities', { limit: 100 })
  expect(mine.items.every((a) => ['vt-xinan-flag1', 'vt-xinan-youth'].includes(a.teamId))).toBe(true)
  expect(mine.items.map((a) => a.activityId)).toContain(LIVE.draft)
})

test('capacity: never below those signed up; more places promote the waitlist in order', async () => {
  const draft = await t.ok(V.organiser.openid, 'volunteer', 'saveActivity', form())
  const id = draft.activityId
  await t.ok(V.organiser.openid, 'volunteer', 'publishActivity', { activityId: id })
  for (const p of [V.resident, V.volunteer, V.party, V.head])
    await t.ok(p.openid, 'volunteer', 'signUp', { activityId: id })
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form({ activityId: id, capacity: 1 })),
    'capacity',
  )
  await t.ok(V.organiser.openid, 'volunteer', 'saveActivity', form({ activityId: id, capacity: 3 }))
  const s = (memberId: string) => docs<SignupDoc>(t, 'signups', { activityId: id, memberId })[0].status
  expect([s(V.party.id), s(V.head.id)]).toEqual(['signedUp', 'waitlisted'])
  expect(doc<ActivityDoc>(t, 'activities', id)).toMatchObject({ capacity: 3, remaining: 0 })
})

test('bad times are INVALID_INPUT naming the field, and nothing is written', async () => {
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form({ endAt: at(49) })),
    'endAt',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form({ signupDeadline: at(51) })),
    'signupDeadline',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form({ startAt: '2026-02-30T09:00' })),
    'startAt',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () =>
      t.call(
        V.organiser.openid,
        'volunteer',
        'saveActivity',
        form({ startAt: at(-5), endAt: at(-3), signupDeadline: at(-6) }),
      ),
    'endAt',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () =>
      t.call(
        V.organiser.openid,
        'volunteer',
        'saveActivity',
        form({ points: { mode: 'perHour', amount: 5, cap: 2 } }),
      ),
    'points.cap',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(V.staff.openid, 'volunteer', 'saveActivity', form({ teamId: 'vt-nope' })),
    'teamId',
  )
  await expectRefused(
    t,
    'CONTENT_REJECTED',
    () => t.call(V.organiser.openid, 'volunteer', 'saveActivity', form({ title: '违规测试词' })),
    'title',
  )
})

test('residents browse: upcoming (soonest first, with the cancelled ones), past, and this week', async () => {
  const list = async (when: string) =>
    (await t.ok(V.resident.openid, 'volunteer', 'listActivities', { when, limit: 100 })).items
  const upcoming = await list('upcoming')
  expect(upcoming.map((a) => a.activityId)).toEqual(
    expect.arrayContaining([LIVE.on, LIVE.soon, LIVE.open, LIVE.party]),
  )
  expect(upcoming.map((a) => a.activityId)).not.toContain(LIVE.draft)
  const starts = upcoming.map((a) => a.startAt)
  expect([...starts].sort()).toEqual(starts)
  expect(upcoming.find((a) => a.activityId === LIVE.on)).toMatchObject({ phase: 'ongoing', signedUp: 1 })
  const past = await list('past')
  expect(past.map((a) => a.title)).toEqual(expect.arrayContaining(['楼道清理志愿服务', '反诈宣传进小区']))
  const week = await list('week')
  expect(week.map((a) => a.activityId)).toEqual(expect.arrayContaining([LIVE.on, LIVE.open]))
})
