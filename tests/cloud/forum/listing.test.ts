/** Lists (hot / new / unresolved, by category, paged), my topics, keyword search, and the export. */
import { FORUM_LIMITS } from '../../../types/forum/limits'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused } from '../support/helpers'
import { FP, forumCloud, raise, T } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => {
  t = await forumCloud()
})
afterAll(() => t.stop())

test('hot: most supported first; hidden topics are not listed', async () => {
  const page = await t.ok(P.resident, 'forum', 'listTopics', { sort: 'hot', limit: 100 })
  const supports = page.items.map((c) => c.supportCount)
  expect(supports).toEqual([...supports].sort((a, b) => b - a))
  expect(page.items[0].topicId).toBe(T.escalated)
  expect(page.items.map((c) => c.topicId)).not.toContain(T.hidden)
  expect(page.total).toBe(12)
})

test('new: newest first; unresolved: still open, longest waiting first', async () => {
  const fresh = await t.ok(P.resident, 'forum', 'listTopics', { sort: 'new', limit: 3 })
  expect(fresh.items.map((c) => c.topicId)).toEqual([T.anonymousSubmitted, T.submitted, T.accepted])
  const open = await t.ok(P.resident, 'forum', 'listTopics', { sort: 'unresolved', limit: 100 })
  expect(
    open.items
      .map((c) => c.status)
      .every((s) => ['submitted', 'accepted', 'assigned', 'inProgress', 'replied'].includes(s)),
  ).toBe(true)
  expect(open.items[0].topicId).toBe(T.escalated)
  expect(open.items.find((c) => c.topicId === T.overdue)).toMatchObject({
    overdue: true,
    holder: 'propertyCompany',
  })
})

test('one category, and paging: pages join up to the whole list without repeats', async () => {
  const repairs = await t.ok(P.resident, 'forum', 'listTopics', { sort: 'new', category: 'repairs' })
  expect(repairs.items.map((c) => c.category).every((c) => c === 'repairs')).toBe(true)
  expect(repairs.total).toBe(3)
  const ids: string[] = []
  for (let skip = 0; ; skip += 5) {
    const page = await t.ok(P.resident, 'forum', 'listTopics', { sort: 'new', skip, limit: 5 })
    ids.push(...page.items.map((c) => c.topicId))
    if (!page.hasMore) break
  }
  expect(ids).toHaveLength(12)
  expect(new Set(ids).size).toBe(12)
})

test('cards carry what the list shows, and not the body or the search keys', async () => {
  const page = await t.ok(P.resident, 'forum', 'listTopics', { sort: 'new', limit: 100 })
  const card = page.items.find((c) => c.topicId === T.assigned)!
  expect(card).toMatchObject({
    imageCount: 3,
    buildingName: '4栋',
    category: 'sanitation',
    status: 'assigned',
    mine: true,
  })
  expect(card.excerpt.length).toBeLessThanOrEqual(61)
  expect(JSON.stringify(page)).not.toContain('"terms"')
  expect(JSON.stringify(page)).not.toContain('"timeline"')
})

test('my topics: mine only, newest first, the hidden one included for its author', async () => {
  const mine = await t.ok(P.volunteer, 'forum', 'myTopics', {})
  expect(mine.items.map((c) => c.topicId)).toEqual([T.hidden, T.resolved])
})

test.each([
  ['电梯', [T.overdue]],
  ['楼道', [T.anonymousSubmitted, T.submitted]],
  ['楼道灯', [T.submitted]],
  ['灯', [T.submitted]],
  ['3栋', [T.submitted, T.replied]],
  ['停车', [T.accepted, T.escalated]],
  ['业主大会', [T.escalated]],
  ['火星', []],
])('search "%s" finds its topics within the station, newest first', async (q, found) => {
  const res = await t.ok(P.resident, 'forum', 'searchTopics', { q })
  expect(res.items.map((c) => c.topicId)).toEqual(found)
})

test('search finds a topic the moment it is raised; a query with nothing to search by is refused', async () => {
  const raised = await t.ok(
    P.resident,
    'forum',
    'raiseTopic',
    raise({ title: '快递柜总是满的', body: '西门快递柜每天都满' }),
  )
  expect((await t.ok(P.resident2, 'forum', 'searchTopics', { q: '快递柜' })).items[0].topicId).toBe(
    raised.topicId,
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'forum', 'searchTopics', { q: '？！' }),
    'q',
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'forum', 'searchTopics', { q: '长'.repeat(FORUM_LIMITS.queryMax + 1) }),
    'q',
  )
})

test('the export: every topic of the period for staff, with authors (anonymous ones marked); audited', async () => {
  const out = await t.ok(P.staff, 'forum', 'exportTopics', { from: '2020-01-01', to: '2030-12-31' })
  expect(out.rows).toBeGreaterThanOrEqual(13)
  expect(out.csv).toContain('杨帆,是')
  expect(out.csv.startsWith('\ufeff提出日期,标题')).toBe(true)
  expect(audits(t, 'forum.exportTopics')).toHaveLength(1)
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.staff, 'forum', 'exportTopics', { from: '2026-12-01', to: '2026-01-01' }),
    'to',
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(FP.propertyRep, 'forum', 'exportTopics', { from: '2026-01-01', to: '2026-12-31' }),
  )
})

test("a side's representative's queue holds only their side's topics", async () => {
  const mine = await t.ok(FP.committeeRep, 'forum', 'handlingQueue', { view: 'withSides' })
  expect(mine.items.map((c) => c.topicId).sort()).toEqual([T.committee, T.escalated].sort())
  const overdue = await t.ok(FP.propertyRep, 'forum', 'handlingQueue', { view: 'overdue' })
  expect(overdue.items.map((c) => c.topicId)).toEqual([T.overdue])
  expect(await t.ok(FP.propertyRep, 'forum', 'queueCounts', {})).toMatchObject({
    withSides: 2,
    overdue: 1,
    reported: 0,
  })
})
