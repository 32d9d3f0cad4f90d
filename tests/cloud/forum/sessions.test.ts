/**
 * 夜话会: staff schedule with hosts and an agenda (most supported first); residents sign up once;
 * at the door the organiser's rotating QR checks people in once (walk-ins too), and a stale,
 * forged or other session's code is refused; the minutes' commitments go on the public board
 * until the responsible side (or staff) marks them done.
 */
import { qrKey } from '../../../cloudfunctions/_kernel/qrToken'
import { signToken, windowAt } from '../../../types/qrToken'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { audits, expectRefused, modifyRecord, wireDate } from '../support/helpers'
import { COMING_SESSION, FP, forumCloud, PAST_SESSION, T } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await forumCloud()
})
afterEach(() => t.stop())

const day = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)
const tokenFor = (sessionId: string, at = Date.now(), direction: 'in' | 'out' = 'in', station = XINAN) =>
  signToken(qrKey(station, `talkSession:${sessionId}`), `talkSession:${sessionId}`, direction, windowAt(at))

async function openDoor(sessionId = COMING_SESSION) {
  await modifyRecord(
    t,
    'talkSessions',
    { _id: sessionId },
    { $set: { startAt: wireDate(-600_000), endAt: wireDate(3600_000) } },
  )
}

test('staff schedule a session: hosts from the sides, the agenda most supported first; audited', async () => {
  const s = await t.ok(P.staff, 'forum', 'scheduleSession', {
    title: '一月邻里夜话会',
    date: day(20),
    start: '19:30',
    end: '21:00',
    place: '驿站议事厅',
    hosts: [
      { side: 'partyBranch', name: '李建华' },
      { side: 'propertyCompany', name: '陈刚' },
    ],
    topicIds: [T.submitted, T.escalated, T.accepted],
  })
  // Supports: topic 10 has 7, topic 3 has 5, topic 1 has 3.
  expect(s.agenda.map((c) => c.topicId)).toEqual([T.escalated, T.accepted, T.submitted])
  expect(s).toMatchObject({ place: '驿站议事厅', past: false, signupCount: 0, hasMinutes: false })
  expect(new Date(s.startAt).toISOString().slice(11, 16)).toBe('11:30') // 19:30 in China
  expect(audits(t, 'forum.scheduleSession')).toHaveLength(1)
  const upcoming = await t.ok(P.resident, 'forum', 'listSessions', { when: 'upcoming' })
  expect(upcoming.items.map((c) => c.sessionId)).toEqual([COMING_SESSION, s.sessionId])
})

test.each([
  [{ date: '2020-01-01' }, 'date'],
  [{ start: '21:00', end: '19:30' }, 'end'],
  [{ start: '25:00' }, 'start'],
  [{ hosts: [] }, 'hosts'],
  [{ topicIds: ['tp-nowhere'] }, 'topicIds.0'],
  [{ topicIds: [T.hidden] }, 'topicIds.0'],
])('a session with %j is refused (INVALID_INPUT, the field named)', async (bad, field) => {
  const input = {
    title: '夜话',
    date: day(3),
    start: '19:30',
    end: '21:00',
    place: '议事厅',
    hosts: [{ side: 'community', name: '何丽' }],
    ...bad,
  }
  await expectRefused(t, 'INVALID_INPUT', () => t.call(P.staff, 'forum', 'scheduleSession', input), field)
})

test('signing up counts once, even repeated at once; a past session cannot be signed up for', async () => {
  const answers = await Promise.all(
    Array.from({ length: 10 }, () =>
      t.call(P.party, 'forum', 'signUpSession', { sessionId: COMING_SESSION }),
    ),
  )
  for (const a of answers) expect(a).toMatchObject({ ok: true, data: { signedUp: true, signupCount: 3 } })
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.party, 'forum', 'signUpSession', { sessionId: PAST_SESSION }),
  )
})

test("check-in at the door with the organiser's rotating QR: once per person, walk-ins counted too", async () => {
  // A week ahead the door is shut (the page says when the code can be shown); so it is long after.
  expect(await t.ok(P.staff, 'forum', 'session', { sessionId: COMING_SESSION })).toMatchObject({
    checkInOpen: false,
    past: false,
  })
  expect(await t.ok(P.staff, 'forum', 'session', { sessionId: PAST_SESSION })).toMatchObject({
    checkInOpen: false,
    past: true,
  })
  await openDoor()
  const key = await t.ok(P.staff, 'forum', 'checkInKey', { sessionId: COMING_SESSION })
  expect(key).toMatchObject({ subject: `talkSession:${COMING_SESSION}`, windowSeconds: 30 })
  expect(Math.abs(new Date(key.serverNow).getTime() - Date.now())).toBeLessThan(60_000)
  // The organiser's phone signs offline with the key it was given.
  const token = signToken(key.key, key.subject, 'in', windowAt(Date.now()))
  const signedUp = await t.ok(P.resident2, 'forum', 'checkInSession', { sessionId: COMING_SESSION, token })
  expect(signedUp).toMatchObject({ signedUp: true, checkedIn: true, checkinCount: 1 })
  const twice = await Promise.all(
    Array.from({ length: 10 }, () =>
      t.call(P.party, 'forum', 'checkInSession', { sessionId: COMING_SESSION, token }),
    ),
  )
  for (const a of twice)
    expect(a).toMatchObject({ ok: true, data: { checkedIn: true, signedUp: false, checkinCount: 2 } })
  const s = await t.ok(P.staff, 'forum', 'session', { sessionId: COMING_SESSION })
  expect(s).toMatchObject({ signupCount: 2, checkinCount: 2, checkInOpen: true })
})

test("a stale, forged, check-out or other session's code is refused; so is a session not under way", async () => {
  await openDoor()
  const old = tokenFor(COMING_SESSION, Date.now() - 5 * 60_000)
  await expectRefused(
    t,
    'EXPIRED',
    () => t.call(P.resident, 'forum', 'checkInSession', { sessionId: COMING_SESSION, token: old }),
    'token',
  )
  const otherSession = tokenFor(PAST_SESSION)
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'forum', 'checkInSession', { sessionId: COMING_SESSION, token: otherSession }),
    'token',
  )
  const otherStation = tokenFor(COMING_SESSION, Date.now(), 'in', 'st-other')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'forum', 'checkInSession', { sessionId: COMING_SESSION, token: otherStation }),
    'token',
  )
  const out = tokenFor(COMING_SESSION, Date.now(), 'out')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'forum', 'checkInSession', { sessionId: COMING_SESSION, token: out }),
    'token',
  )
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.resident, 'forum', 'checkInSession', { sessionId: PAST_SESSION, token: tokenFor(PAST_SESSION) }),
  )
  // Nor is a door key handed out for a session long over.
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.staff, 'forum', 'checkInKey', { sessionId: PAST_SESSION }),
  )
})

test('after the session: minutes, and each commitment tracked on the public board until done', async () => {
  const s = await t.ok(P.staff, 'forum', 'recordMinutes', {
    sessionId: PAST_SESSION,
    minutes: '补充：东门停车问题请社区牵头。',
    commitments: [
      { text: '东门加装减速带和禁停标识', side: 'community', dueDate: day(30), topicId: T.accepted },
      { text: '东门加装减速带和禁停标识', side: 'community', dueDate: day(30), topicId: T.accepted },
    ],
  })
  expect(s.minutes).toBe('补充：东门停车问题请社区牵头。')
  // The same commitment twice is one; the seed had four open and one done.
  const board = await t.ok(P.guest, 'forum', 'commitmentBoard', { status: 'open' })
  expect(board.total).toBe(5)
  expect(board.items[0]).toMatchObject({ commitmentId: 'cm-xinan-1', overdue: true, side: 'propertyCompany' })
  const mine = board.items.find((c) => c.text === '东门加装减速带和禁停标识')!
  // Only the responsible side (or staff) marks it done.
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.propertyRep, 'forum', 'completeCommitment', {
      commitmentId: mine.commitmentId,
      note: '已加装',
    }),
  )
  const done = await t.ok(FP.communityRep, 'forum', 'completeCommitment', {
    commitmentId: mine.commitmentId,
    note: '已加装',
  })
  expect(done).toMatchObject({ status: 'done', doneNote: '已加装' })
  expect((await t.ok(P.guest, 'forum', 'commitmentBoard', { status: 'open' })).total).toBe(4)
  expect((await t.ok(P.guest, 'forum', 'commitmentBoard', { status: 'done' })).items[0].commitmentId).toBe(
    mine.commitmentId,
  )
  expect(audits(t, 'forum.completeCommitment')).toHaveLength(1)
})

test('minutes before the session started, about an unknown topic, or with a test word are refused', async () => {
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.staff, 'forum', 'recordMinutes', { sessionId: COMING_SESSION, minutes: '提前写的纪要' }),
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () =>
      t.call(P.staff, 'forum', 'recordMinutes', {
        sessionId: PAST_SESSION,
        minutes: '纪要',
        commitments: [{ text: '某事', side: 'community', dueDate: day(3), topicId: 'tp-nowhere' }],
      }),
    'commitments.0.topicId',
  )
  await expectRefused(
    t,
    'CONTENT_REJECTED',
    () => t.call(P.staff, 'forum', 'recordMinutes', { sessionId: PAST_SESSION, minutes: '含有违规测试词' }),
    'minutes',
  )
})

test('the session page: agenda, hosts, minutes, commitments, whether I signed up and checked in', async () => {
  const past = await t.ok(P.resident, 'forum', 'session', { sessionId: PAST_SESSION })
  expect(past).toMatchObject({
    past: true,
    hasMinutes: true,
    signedUp: true,
    checkedIn: true,
    agendaCount: 4,
  })
  expect(past.hosts.map((h) => h.side)).toEqual([
    'partyBranch',
    'ownersCommittee',
    'propertyCompany',
    'community',
  ])
  expect(past.agenda[0].topicId).toBe(T.escalated)
  expect(past.commitments).toHaveLength(5)
})

test('the hourly timer flags overdue topics at every station', async () => {
  // Topic 4 is with 物业; its due day passes.
  await modifyRecord(t, 'topics', { _id: T.assigned }, { $set: { dueAt: wireDate(-60_000) } })
  const res = (await t.cloud.call('forum', { Type: 'Timer', TriggerName: 'overdueSweep' }, null)) as {
    flagged: number
  }
  expect(res.flagged).toBe(1)
  const topic = await t.ok(P.staff, 'forum', 'topic', { topicId: T.assigned })
  expect(topic.overdue).toBe(true)
  expect(topic.timeline.at(-1)).toMatchObject({ step: 'overdue', who: '系统' })
  expect((await t.ok(P.staff, 'forum', 'queueCounts', {})).overdue).toBe(2)
  // A phone cannot trigger the sweep: without the timer's shape it is an unknown action.
  expect(await t.call(P.resident, 'forum', 'Timer' as never, {})).toMatchObject({
    ok: false,
    error: { code: 'UNKNOWN_ACTION' },
  })
})
