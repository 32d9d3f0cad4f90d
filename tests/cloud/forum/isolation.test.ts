/** Another station's topics are invisible: not listed, not found, not searchable, not touchable. */
import type { TestCloud } from '../support/cloud'
import { OTHER, P } from '../support/fixtures'
import { expectRefused } from '../support/helpers'
import { forumCloud, T } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => {
  t = await forumCloud()
})
afterAll(() => t.stop())

test("馨安's lists, search, queues and exports never show the other station's topic", async () => {
  const seen: string[] = []
  for (const sort of ['hot', 'new', 'unresolved'])
    seen.push(JSON.stringify(await t.ok(P.resident, 'forum', 'listTopics', { sort, limit: 100 })))
  seen.push(JSON.stringify(await t.ok(P.resident, 'forum', 'searchTopics', { q: '秘密' })))
  seen.push(JSON.stringify(await t.ok(P.resident, 'forum', 'searchTopics', { q: '楼道' })))
  for (const view of ['submitted', 'accepted', 'withSides', 'done'])
    seen.push(JSON.stringify(await t.ok(P.staff, 'forum', 'handlingQueue', { view, limit: 100 })))
  seen.push(JSON.stringify(await t.ok(P.staff, 'forum', 'reportQueue', {})))
  seen.push(
    JSON.stringify(await t.ok(P.staff, 'forum', 'exportTopics', { from: '2020-01-01', to: '2030-12-31' })),
  )
  for (const text of seen) {
    expect(text).not.toContain(T.other)
    expect(text).not.toContain('外站')
  }
  expect((await t.ok(P.resident, 'forum', 'searchTopics', { q: '秘密' })).total).toBe(0)
})

test.each([
  ['topic', { topicId: T.other }],
  ['replies', { topicId: T.other }],
  ['supportTopic', { topicId: T.other }],
  ['replyTopic', { topicId: T.other, body: '你好' }],
  ['reportContent', { targetType: 'topic', targetId: T.other, reason: '看看' }],
] as const)("a 馨安 resident's %s on it: NOT_FOUND, nothing written", async (action, input) => {
  await expectRefused(t, 'NOT_FOUND', () => t.call(P.resident, 'forum', action, input))
})

test.each([
  ['acceptTopic', { topicId: T.other }],
  ['closeTopic', { topicId: T.other, reason: '重复' }],
  ['hideContent', { targetType: 'topic', targetId: T.other, reason: '看看' }],
] as const)("馨安's 站长 %s on it: NOT_FOUND, nothing written", async (action, input) => {
  await expectRefused(t, 'NOT_FOUND', () => t.call(P.staff, 'forum', action, input))
})

test("the other station's people see their own topic, and none of 馨安's", async () => {
  const theirs = await t.ok(P.otherResident, 'forum', 'listTopics', { sort: 'new' }, { stationId: OTHER })
  expect(theirs.items.map((c) => c.topicId)).toEqual([T.other])
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.otherResident, 'forum', 'topic', { topicId: T.overdue }, { stationId: OTHER }),
  )
  const figures = await t.ok(P.otherResident, 'forum', 'figures', {}, { stationId: OTHER })
  expect(figures.total.collected).toBe(1)
})
