/**
 * A topic's whole life through the actions: accept, assign, progress, the right side's reply,
 * rating (a low one reopens and escalates to the 站长), reassignment, hand-back, reopen, close;
 * each step on the timeline with who holds it; the author told at each change of status by
 * others. The illegal moves the issue names are refused with typed errors and write nothing.
 */
import type { OutboxDoc } from '../../../types/entities'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused } from '../support/helpers'
import { FP, forumCloud, raise, T, topicDoc } from './support'

jest.setTimeout(30_000)

let t: TestCloud
beforeEach(async () => {
  t = await forumCloud()
})
afterEach(() => t.stop())

const dayAfter = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)

function outboxFor(memberId: string): OutboxDoc[] {
  return (t.cloud.db.find('outbox', { memberId }) as unknown as OutboxDoc[]).sort(
    (a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime(),
  )
}

async function consent(openid: string, template: string, times = 1) {
  for (let i = 0; i < times; i++)
    await t.ok(openid, 'station', 'recordConsent', { results: { [`local-${template}`]: 'accept' } })
}

test('submitted → accepted → assigned → in progress → replied → rated: each step by its side, on the timeline, the author told', async () => {
  await consent(P.resident, 'topicStatus', 5)
  const { topicId } = await t.ok(P.resident, 'forum', 'raiseTopic', raise())
  await t.ok(P.staff, 'forum', 'acceptTopic', { topicId, note: '收到' })
  const assigned = await t.ok(P.staff, 'forum', 'assignTopic', {
    topicId,
    side: 'propertyCompany',
    dueDate: dayAfter(7),
    note: '请一周内修好',
  })
  expect(assigned).toMatchObject({
    status: 'assigned',
    holder: 'propertyCompany',
    side: 'propertyCompany',
    dueDate: dayAfter(7),
  })
  await t.ok(FP.propertyRep, 'forum', 'postProgress', { topicId, note: '已派电工查看' })
  const replied = await t.ok(FP.propertyRep, 'forum', 'answerTopic', {
    topicId,
    text: '两盏路灯已更换为LED灯。',
  })
  expect(replied.officialReply).toMatchObject({
    text: '两盏路灯已更换为LED灯。',
    side: 'propertyCompany',
    who: '物业代表 钱志刚',
  })
  expect(replied).toMatchObject({ status: 'replied', holder: 'author' })
  const mine = await t.ok(P.resident, 'forum', 'topic', { topicId })
  expect(mine.moves).toEqual(['confirm', 'rate'])
  const rated = await t.ok(P.resident, 'forum', 'rateTopic', { topicId, score: 5, comment: '很满意' })
  expect(rated.reopened).toBe(false)
  expect(rated.topic).toMatchObject({
    status: 'rated',
    holder: 'none',
    ratingAvg: 5,
    authorRating: { score: 5, comment: '很满意' },
  })
  expect(rated.topic.timeline.map((e) => [e.step, e.who, e.holder])).toEqual([
    ['submitted', '提出人', 'station'],
    ['accepted', '驿站 李建华', 'station'],
    ['assigned', '驿站 李建华', 'propertyCompany'],
    ['progress', '物业代表 钱志刚', 'propertyCompany'],
    ['replied', '物业代表 钱志刚', 'author'],
    ['resolved', '提出人', 'author'],
    ['rated', '提出人', 'none'],
  ])
  // How long each holder had it: a number at each change of holder, none for the final "nobody".
  const held = rated.topic.timeline.map((e) => e.heldMs)
  expect(held[0]).toEqual(expect.any(Number))
  expect(held[1]).toBeNull()
  expect(held[2]).toEqual(expect.any(Number))
  expect(held[6]).toBeNull()
  // Told at accepted, assigned, in progress, replied (the author's own moves are not told back).
  expect(outboxFor('mb-xa-res1').map((o) => [o.template, o.data.phrase2.value, o.status])).toEqual([
    ['topicStatus', '已受理', 'sent'],
    ['topicStatus', '已交办', 'sent'],
    ['topicStatus', '办理中', 'sent'],
    ['topicStatus', '已答复', 'sent'],
  ])
  expect(outboxFor('mb-xa-res1')[3].page).toBe(`packages/forum/topic/index?id=${topicId}`)
  expect(audits(t, 'forum.assign')).toHaveLength(1)
})

describe('the refusals the issue names: typed errors, nothing written', () => {
  test('rating before a reply: CONFLICT', async () => {
    const e = await expectRefused(t, 'CONFLICT', () =>
      t.call(FP.resident5, 'forum', 'rateTopic', { topicId: T.overdue, score: 4 }),
    )
    expect(e.message).toContain('还没有正式答复')
  })

  test("the property company's representative answering a topic assigned to the owners' committee: FORBIDDEN", async () => {
    const e = await expectRefused(t, 'FORBIDDEN', () =>
      t.call(FP.propertyRep, 'forum', 'answerTopic', { topicId: T.committee, text: '我们来答复' }),
    )
    expect(e.message).toBe('这个议题交办给了业委会，物业代表不能答复')
    // Nor may they post progress on it or hand it back.
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(FP.propertyRep, 'forum', 'postProgress', { topicId: T.committee, note: '进展' }),
    )
  })

  test('handing back without a reason (or a reason code): INVALID_INPUT naming the field', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(FP.propertyRep, 'forum', 'handBackTopic', { topicId: T.assigned, reasonCode: 'notOurs' }),
      'reason',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(FP.propertyRep, 'forum', 'handBackTopic', {
          topicId: T.assigned,
          reasonCode: 'notOurs',
          reason: '   ',
        }),
      'reason',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(FP.propertyRep, 'forum', 'handBackTopic', { topicId: T.assigned, reason: '不归我们管' }),
      'reasonCode',
    )
  })

  test('a resident may not accept, assign or decline; staff may not answer for a side', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'forum', 'acceptTopic', { topicId: T.submitted }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'forum', 'assignTopic', {
        topicId: T.accepted,
        side: 'community',
        dueDate: dayAfter(3),
      }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.staff, 'forum', 'answerTopic', { topicId: T.assigned, text: '答复' }),
    )
  })

  test('moves from the wrong status: CONFLICT (accepting twice, assigning a submitted topic, reopening a declined one)', async () => {
    await expectRefused(t, 'CONFLICT', () => t.call(P.staff, 'forum', 'acceptTopic', { topicId: T.accepted }))
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.staff, 'forum', 'assignTopic', {
        topicId: T.submitted,
        side: 'community',
        dueDate: dayAfter(3),
      }),
    )
    await expectRefused(t, 'CONFLICT', () =>
      t.call(FP.party, 'forum', 'reopenTopic', { topicId: T.declined, reason: '再看看' }),
    )
  })

  test('a due date in the past: INVALID_INPUT dueDate', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.staff, 'forum', 'assignTopic', {
          topicId: T.accepted,
          side: 'community',
          dueDate: '2020-01-01',
        }),
      'dueDate',
    )
  })
})

test("the author's rating of 2 reopens the topic with its side and escalates it to the 站长, who is told", async () => {
  await consent(P.staff, 'topicEscalated')
  // 王奶奶's topic (raised by her son) was answered by the community: he rates it for her.
  const rated = await t.ok(
    P.proxy,
    'forum',
    'rateTopic',
    { topicId: T.replied, score: 2, comment: '还没开始改造' },
    { onBehalfOf: 'mb-xa-elder' },
  )
  expect(rated.reopened).toBe(true)
  expect(rated.topic).toMatchObject({ status: 'inProgress', holder: 'community', escalated: true })
  expect(rated.topic.timeline.slice(-3).map((e) => e.step)).toEqual(['rated', 'reopened', 'escalated'])
  const escalated = await t.ok(P.staff, 'forum', 'handlingQueue', { view: 'escalated' })
  expect(escalated.items.map((c) => c.topicId)).toEqual(expect.arrayContaining([T.replied, T.escalated]))
  expect(outboxFor('mb-xa-head')).toEqual([
    expect.objectContaining({
      template: 'topicEscalated',
      status: 'sent',
      summary: expect.stringContaining('转站长督办'),
    }),
  ])
  // The elder has no phone: her notice is kept as "offline" for her stand-in or building head.
  expect(outboxFor('mb-xa-elder').map((o) => o.status)).toEqual([])
  // The 站长 redirects it with a new date; the community answers again; she is satisfied.
  await t.ok(P.staff, 'forum', 'assignTopic', {
    topicId: T.replied,
    side: 'community',
    dueDate: dayAfter(14),
    note: '站长督办',
  })
  await t.ok(FP.communityRep, 'forum', 'answerTopic', { topicId: T.replied, text: '改造已开工，月底完成。' })
  expect(outboxFor('mb-xa-elder').map((o) => o.status)).toEqual(['offline', 'offline'])
  const settled = await t.ok(
    P.proxy,
    'forum',
    'rateTopic',
    { topicId: T.replied, score: 4 },
    { onBehalfOf: 'mb-xa-elder' },
  )
  expect(settled.topic.status).toBe('rated')
  expect(topicDoc(t, T.replied)).toMatchObject({ ratingCount: 1, ratingSum: 4, authorScore: 4 })
})

test("a supporter rates too: it counts in the average, never changes the status, and rating again replaces one's rating", async () => {
  // 刘阿姨 supported topic 7.
  const first = await t.ok(P.resident, 'forum', 'rateTopic', { topicId: T.replied, score: 1 })
  expect(first).toMatchObject({ reopened: false, topic: { status: 'replied', ratingCount: 1, ratingAvg: 1 } })
  const again = await t.ok(P.resident, 'forum', 'rateTopic', { topicId: T.replied, score: 3 })
  expect(again.topic).toMatchObject({ ratingCount: 1, ratingAvg: 3, myRating: { score: 3, comment: '' } })
  // Someone who neither raised nor supported it may not.
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.resident2, 'forum', 'rateTopic', { topicId: T.replied, score: 5 }),
  )
})

test('a side hands a topic back with a reason code and text: back to the station, no side; staff assign it elsewhere', async () => {
  const back = await t.ok(FP.propertyRep, 'forum', 'handBackTopic', {
    topicId: T.assigned,
    reasonCode: 'needsOtherSide',
    reason: '清运合同由社区签订',
  })
  expect(back).toMatchObject({ status: 'accepted', holder: 'station', side: null })
  expect(back.timeline.at(-1)).toMatchObject({
    step: 'handedBack',
    reasonCode: 'needsOtherSide',
    note: '清运合同由社区签订',
    who: '物业代表 钱志刚',
  })
  const again = await t.ok(P.staff, 'forum', 'assignTopic', {
    topicId: T.assigned,
    side: 'community',
    dueDate: dayAfter(10),
  })
  expect(again).toMatchObject({ status: 'assigned', side: 'community' })
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.propertyRep, 'forum', 'answerTopic', { topicId: T.assigned, text: '答复' }),
  )
})

test('the author reopens a resolved topic within the period, saying why; it goes back to its side', async () => {
  // Only the author reopens: not a supporter of it.
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.resident3, 'forum', 'reopenTopic', { topicId: T.resolved, reason: '再看看' }),
  )
  const reopened = await t.ok(FP.volunteer, 'forum', 'reopenTopic', { topicId: T.resolved, reason: '又坏了' })
  expect(reopened).toMatchObject({ status: 'inProgress', holder: 'propertyCompany' })
  expect(reopened.timeline.at(-1)).toMatchObject({ step: 'reopened', who: '提出人', note: '又坏了' })
})

test('the author withdraws a topic nobody has taken up; staff close one with a reason; both are final', async () => {
  const withdrawn = await t.ok(FP.resident4, 'forum', 'closeTopic', {
    topicId: T.submitted,
    reason: '已经修好了',
  })
  expect(withdrawn.status).toBe('closed')
  // Once a topic is being worked on its author cannot withdraw it, and nobody else ever could.
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.resident, 'forum', 'closeTopic', { topicId: T.assigned, reason: '不需要了' }),
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(P.resident, 'forum', 'closeTopic', { topicId: T.anonymousSubmitted, reason: '不需要了' }),
  )
  const closed = await t.ok(P.staff, 'forum', 'closeTopic', { topicId: T.accepted, reason: '与另一议题重复' })
  expect(closed).toMatchObject({ status: 'closed', holder: 'none' })
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.staff, 'forum', 'assignTopic', { topicId: T.accepted, side: 'community', dueDate: dayAfter(3) }),
  )
})

test('two staff accepting at once: one move, one timeline entry', async () => {
  const answers = await Promise.all([
    t.call(P.staff, 'forum', 'acceptTopic', { topicId: T.submitted }),
    t.call(P.deputy, 'forum', 'acceptTopic', { topicId: T.submitted }),
  ])
  expect(answers.filter((a) => a.ok)).toHaveLength(1)
  expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'CONFLICT' } })
  expect(topicDoc(t, T.submitted).timeline.filter((e) => e.step === 'accepted')).toHaveLength(1)
})
