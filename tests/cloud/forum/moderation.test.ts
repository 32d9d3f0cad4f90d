/**
 * Residents report content; staff see it in a queue with the reasons, and hide or restore it with
 * a reason (audited). Hidden content disappears for residents — except its own author, who is told
 * why — and a hidden reply stops counting under its topic.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, count, expectRefused } from '../support/helpers'
import { FP, forumCloud, T, topicDoc } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await forumCloud()
})
afterEach(() => t.stop())

const listed = async (openid: string) =>
  (await t.ok(openid, 'forum', 'listTopics', { sort: 'new', limit: 100 })).items.map((c) => c.topicId)

test('a report reaches the staff queue once per person, with the reasons', async () => {
  await Promise.all(
    Array.from({ length: 5 }, () =>
      t.call(P.resident, 'forum', 'reportContent', {
        targetType: 'topic',
        targetId: T.submitted,
        reason: '泄露他人住址',
      }),
    ),
  )
  await t.ok(P.party, 'forum', 'reportContent', {
    targetType: 'topic',
    targetId: T.submitted,
    reason: '不实信息',
  })
  expect(count(t, 'reports', { targetId: T.submitted })).toBe(2)
  const queue = await t.ok(P.staff, 'forum', 'reportQueue', {})
  expect(queue.items[0]).toMatchObject({ targetId: T.submitted, reportsOpen: 2, authorName: '黄秀英' })
  expect(queue.items[0].reasons.sort()).toEqual(['不实信息', '泄露他人住址'])
  // The hidden demo topic waits there too, to be restored, and the demo's reported reply.
  expect(queue.items.map((r) => r.targetId)).toContain(T.hidden)
  expect(queue.items.map((r) => r.targetType)).toContain('reply')
  expect((await t.ok(P.staff, 'forum', 'queueCounts', {})).reported).toBe(2)
})

test('hidden by staff with a reason: gone for residents, kept for its author (told why) and staff; audited', async () => {
  await t.ok(P.staff, 'station', 'recordConsent', { results: {} })
  await t.ok(FP.resident4, 'station', 'recordConsent', { results: { 'local-topicStatus': 'accept' } })
  await t.ok(P.staff, 'forum', 'hideContent', {
    targetType: 'topic',
    targetId: T.submitted,
    reason: '含有他人门牌号',
  })
  expect(await listed(P.resident)).not.toContain(T.submitted)
  expect((await t.ok(P.resident, 'forum', 'searchTopics', { q: '楼道灯' })).items).toEqual([])
  await expectRefused(t, 'NOT_FOUND', () => t.call(P.resident, 'forum', 'topic', { topicId: T.submitted }))
  await expectRefused(t, 'NOT_FOUND', () => t.call(P.resident, 'forum', 'replies', { topicId: T.submitted }))
  const own = await t.ok(FP.resident4, 'forum', 'topic', { topicId: T.submitted })
  expect(own).toMatchObject({ hidden: true, hiddenReason: '含有他人门牌号' })
  expect((await t.ok(FP.resident4, 'forum', 'myTopics', {})).items[0]).toMatchObject({
    topicId: T.submitted,
    hidden: true,
  })
  expect(await t.ok(P.staff, 'forum', 'topic', { topicId: T.submitted })).toMatchObject({ hidden: true })
  expect(audits(t, 'forum.hide')).toEqual([
    expect.objectContaining({ actorName: '李建华', summary: expect.stringContaining('含有他人门牌号') }),
  ])
  expect(t.cloud.db.find('outbox', { memberId: 'mb-xa-res4' })).toEqual([
    expect.objectContaining({
      template: 'topicStatus',
      status: 'sent',
      summary: expect.stringContaining('已隐藏'),
    }),
  ])
  // Restored: back for everyone.
  await t.ok(P.staff, 'forum', 'restoreContent', {
    targetType: 'topic',
    targetId: T.submitted,
    reason: '作者已修改',
  })
  expect(await listed(P.resident)).toContain(T.submitted)
  expect(audits(t, 'forum.restore')).toHaveLength(1)
})

test('a hidden reply disappears under its topic for residents and stops counting; staff still see it', async () => {
  const reply = await t.ok(P.resident, 'forum', 'replyTopic', {
    topicId: T.overdue,
    body: '这种事找谁都没用',
  })
  expect(topicDoc(t, T.overdue).replyCount).toBe(3)
  await t.ok(P.resident2, 'forum', 'reportContent', {
    targetType: 'reply',
    targetId: reply.replyId,
    reason: '消极言论',
  })
  await t.ok(P.staff, 'forum', 'hideContent', {
    targetType: 'reply',
    targetId: reply.replyId,
    reason: '与议题无关',
  })
  expect(topicDoc(t, T.overdue).replyCount).toBe(2)
  const seen = await t.ok(P.resident2, 'forum', 'replies', { topicId: T.overdue })
  expect(seen.items.map((r) => r.replyId)).not.toContain(reply.replyId)
  expect(seen.total).toBe(2)
  const staff = await t.ok(P.staff, 'forum', 'replies', { topicId: T.overdue })
  expect(staff.items.find((r) => r.replyId === reply.replyId)).toMatchObject({
    hidden: true,
    hiddenReason: '与议题无关',
  })
  // Restoring twice counts it once.
  await t.ok(P.staff, 'forum', 'restoreContent', {
    targetType: 'reply',
    targetId: reply.replyId,
    reason: '误判',
  })
  await t.ok(P.staff, 'forum', 'restoreContent', {
    targetType: 'reply',
    targetId: reply.replyId,
    reason: '误判',
  })
  expect(topicDoc(t, T.overdue).replyCount).toBe(3)
})

test('keeping reported content up (restore without hiding) clears its reports from the queue', async () => {
  await t.ok(P.resident, 'forum', 'reportContent', {
    targetType: 'topic',
    targetId: T.overdue,
    reason: '夸大其词',
  })
  await t.ok(P.staff, 'forum', 'restoreContent', {
    targetType: 'topic',
    targetId: T.overdue,
    reason: '反映的是真实情况',
  })
  expect(topicDoc(t, T.overdue)).toMatchObject({ hidden: false, reportsOpen: 0, reportCount: 1 })
  expect((await t.ok(P.staff, 'forum', 'reportQueue', {})).items.map((r) => r.targetId)).not.toContain(
    T.overdue,
  )
})

test('hiding needs a reason, and staff', async () => {
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.staff, 'forum', 'hideContent', { targetType: 'topic', targetId: T.overdue, reason: ' ' }),
    'reason',
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.propertyRep, 'forum', 'hideContent', {
      targetType: 'topic',
      targetId: T.overdue,
      reason: '不喜欢',
    }),
  )
})
