/**
 * One support per member per topic: 50 parallel supports from one member count once, withdrawing
 * takes it back (also idempotent), and every topic's count equals a recount of support records.
 */
import type { SupportDoc, TopicDoc } from '../../../types/forum/entities'
import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { expectRefused } from '../support/helpers'
import { FP, forumCloud, T, topicDoc } from './support'

jest.setTimeout(120_000)

let t: TestCloud
beforeEach(async () => {
  t = await forumCloud()
})
afterEach(() => t.stop())

/** Each topic's stored count against the support records that exist for it. */
function countsMatchRecords() {
  const topics = t.cloud.db.find('topics', { stationId: XINAN }) as unknown as TopicDoc[]
  const supports = t.cloud.db.find('supports', { stationId: XINAN }) as unknown as SupportDoc[]
  for (const topic of topics)
    expect([topic._id, topic.supportCount]).toEqual([
      topic._id,
      supports.filter((s) => s.topicId === topic._id).length,
    ])
}

test('50 parallel supports from one member count once; each answers supported with the same count', async () => {
  const before = topicDoc(t, T.submitted).supportCount
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => t.call(P.party, 'forum', 'supportTopic', { topicId: T.submitted })),
  )
  for (const a of answers)
    expect(a).toMatchObject({ ok: true, data: { supported: true, supportCount: before + 1 } })
  expect(topicDoc(t, T.submitted).supportCount).toBe(before + 1)
  expect(t.cloud.db.find('supports', { topicId: T.submitted, memberId: 'mb-xa-party1' })).toHaveLength(1)
  countsMatchRecords()
})

test('withdrawing takes the support back, once, even when repeated in parallel; supporting again counts again', async () => {
  const before = topicDoc(t, T.submitted).supportCount
  await t.ok(P.party, 'forum', 'supportTopic', { topicId: T.submitted })
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => t.call(P.party, 'forum', 'withdrawSupport', { topicId: T.submitted })),
  )
  for (const a of answers)
    expect(a).toMatchObject({ ok: true, data: { supported: false, supportCount: before } })
  expect(topicDoc(t, T.submitted).supportCount).toBe(before)
  expect((await t.ok(P.party, 'forum', 'supportTopic', { topicId: T.submitted })).supportCount).toBe(
    before + 1,
  )
  countsMatchRecords()
})

test('many members supporting at once: every one counted', async () => {
  const people = [P.party, P.head1, P.head2, P.deputy, P.staff, FP.resident4, FP.resident5, P.proxy]
  await Promise.all(
    people.map((who) => t.ok(who, 'forum', 'supportTopic', { topicId: T.anonymousSubmitted })),
  )
  // 刘阿姨 supported it already.
  expect(topicDoc(t, T.anonymousSubmitted).supportCount).toBe(1 + people.length)
  countsMatchRecords()
})

test('the author cannot support their own topic; nobody supports a closed one; nothing written', async () => {
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.resident4, 'forum', 'supportTopic', { topicId: T.submitted }),
  )
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.resident, 'forum', 'supportTopic', { topicId: T.declined }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.resident, 'forum', 'supportTopic', { topicId: T.hidden }),
  )
  await expectRefused(t, 'NOT_FOUND', () => t.call(P.resident, 'forum', 'supportTopic', { topicId: T.other }))
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'forum', 'supportTopic', { topicId: '../x' }),
    'topicId',
  )
})

test('the detail says whether I support it, and offers support only when I may', async () => {
  expect(await t.ok(P.resident, 'forum', 'topic', { topicId: T.submitted })).toMatchObject({
    supported: true,
    canSupport: false,
  })
  expect(await t.ok(P.party, 'forum', 'topic', { topicId: T.submitted })).toMatchObject({
    supported: false,
    canSupport: true,
  })
  expect(await t.ok(FP.resident4, 'forum', 'topic', { topicId: T.submitted })).toMatchObject({
    canSupport: false,
  })
})
