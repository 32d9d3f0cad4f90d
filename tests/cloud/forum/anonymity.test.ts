/**
 * Anonymous toward other residents, never toward staff. The author of anonymous topics (杨帆, who
 * posts nothing under his name) raises one with a photo, replies under it, is answered, rates it
 * down (escalated); then every resident-side person — neighbours, a building head, a side's
 * representative — calls every action they can reach, and no answer (list, search, detail,
 * replies, queues, sessions, board, figures, refusals of exports) carries his name, member id,
 * OPENID, phone or the owner key of his uploads. Staff, asking the same, do see him.
 */
import { ownerKey } from '../../../types/storage-paths'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { COMING_SESSION, FP, forumCloud, PAST_SESSION, raise, T, uploadAnonymous } from './support'

jest.setTimeout(120_000)

const AUTHOR = FP.resident5
const NEEDLES = ['杨帆', 'mb-xa-res5', AUTHOR, ownerKey(AUTHOR), '13705710017']

let t: TestCloud
let mine: string
beforeAll(async () => {
  t = await forumCloud()
  const photo = await uploadAnonymous(t, AUTHOR)
  const topic = await t.ok(
    AUTHOR,
    'forum',
    'raiseTopic',
    raise({
      title: '地下车库漏水',
      body: '地下车库B区顶上一直漏水，车上全是水渍。',
      anonymous: true,
      images: [photo],
    }),
  )
  mine = topic.topicId
  await t.ok(AUTHOR, 'forum', 'replyTopic', { topicId: mine, body: '补充：下雨天更严重。' })
  await t.ok(AUTHOR, 'forum', 'replyTopic', { topicId: T.overdue, body: '电梯今天又停了。' })
  await t.ok(AUTHOR, 'forum', 'supportTopic', { topicId: T.accepted })
  await t.ok(P.resident, 'forum', 'supportTopic', { topicId: mine })
  await t.ok(P.staff, 'forum', 'acceptTopic', { topicId: mine })
  const due = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10)
  await t.ok(P.staff, 'forum', 'assignTopic', { topicId: mine, side: 'propertyCompany', dueDate: due })
  await t.ok(FP.propertyRep, 'forum', 'answerTopic', { topicId: mine, text: '已请防水公司查看。' })
  await t.ok(AUTHOR, 'forum', 'rateTopic', { topicId: mine, score: 2, comment: '只是看了看' })
  await t.ok(P.staff, 'forum', 'setAgenda', { sessionId: COMING_SESSION, topicIds: [mine, T.accepted] })
})
afterAll(() => t.stop())

/** Every answer this person gets from every forum action they can call, as text. */
async function everythingAs(openid: string): Promise<string[]> {
  const answers: unknown[] = []
  const ask = async (action: string, input: Record<string, unknown>) => {
    const res = await t.call(openid, 'forum', action as never, input)
    answers.push(res)
    return res.ok ? (res.data as never) : null
  }
  const cards: { topicId: string }[] = []
  for (const sort of ['hot', 'new', 'unresolved'])
    for (let skip = 0; skip < 60; skip += 20) {
      const page = await ask('listTopics', { sort, skip, limit: 20 })
      if (page) cards.push(...(page as { items: { topicId: string }[] }).items)
    }
  await ask('listTopics', { sort: 'new', category: 'repairs' })
  for (const q of ['车库', '漏水', '地下车库漏水', '电梯', '水']) await ask('searchTopics', { q })
  const ids = [...new Set([...cards.map((c) => c.topicId), mine, T.overdue, T.anonymousSubmitted])]
  for (const topicId of ids) {
    await ask('topic', { topicId })
    await ask('replies', { topicId })
  }
  await ask('myTopics', {})
  await ask('supportTopic', { topicId: mine })
  await ask('withdrawSupport', { topicId: mine })
  await ask('replyTopic', { topicId: mine, body: '我家的车也被淋了' })
  await ask('rateTopic', { topicId: mine, score: 3 })
  await ask('reportContent', { targetType: 'topic', targetId: mine, reason: '想看看是谁' })
  for (const view of ['submitted', 'accepted', 'withSides', 'replied', 'overdue', 'escalated', 'done'])
    await ask('handlingQueue', { view })
  await ask('queueCounts', {})
  for (const when of ['upcoming', 'past']) await ask('listSessions', { when })
  for (const sessionId of [PAST_SESSION, COMING_SESSION]) await ask('session', { sessionId })
  for (const status of ['open', 'done']) await ask('commitmentBoard', { status })
  await ask('figures', {})
  await ask('exportTopics', { from: '2020-01-01', to: '2030-12-31' })
  await ask('reportQueue', {})
  await ask('checkInKey', { sessionId: COMING_SESSION })
  return answers.map((a) => JSON.stringify(a))
}

test.each([
  ['a neighbour who supported it', P.resident],
  ['another neighbour', P.resident2],
  ['a building head (3栋, 4栋)', P.head2],
  ["the property company's representative, who answered it", FP.propertyRep],
  ['a volunteer', P.volunteer],
])('%s never learns who wrote the anonymous topics, from any answer', async (_who, openid) => {
  const answers = await everythingAs(openid)
  expect(answers.length).toBeGreaterThan(60)
  // The topic itself was reachable: its detail was among the answers.
  expect(answers.some((a) => a.includes('地下车库漏水') && a.includes('"ok":true'))).toBe(true)
  for (const needle of NEEDLES) {
    const leaking = answers.filter((a) => a.includes(needle))
    expect([needle, leaking.map((a) => a.slice(0, 300))]).toEqual([needle, []])
  }
})

test('staff see who wrote it (the same scan finds him): the control for the test above', async () => {
  const answers = await everythingAs(P.staff)
  expect(answers.some((a) => a.includes('杨帆'))).toBe(true)
  const detail = await t.ok(P.staff, 'forum', 'topic', { topicId: mine })
  expect(detail.author).toEqual({
    display: '匿名居民',
    anonymous: true,
    name: '杨帆',
    memberId: 'mb-xa-res5',
  })
  const replies = await t.ok(P.staff, 'forum', 'replies', { topicId: mine })
  expect(replies.items[0]).toMatchObject({ who: '提出人', role: 'author', authorName: '杨帆' })
})

test('the author sees his own topic as his, and his reply as 提出人', async () => {
  const detail = await t.ok(AUTHOR, 'forum', 'topic', { topicId: mine })
  expect(detail).toMatchObject({ mine: true, author: { display: '匿名居民', anonymous: true } })
  expect(detail.author.name).toBeUndefined()
  const replies = await t.ok(P.resident, 'forum', 'replies', { topicId: mine })
  expect(replies.items.map((r) => r.who)).toEqual(
    ['提出人', '驿站 李建华'].slice(0, 1).concat(replies.items.slice(1).map((r) => r.who)),
  )
  expect(replies.items[0]).toMatchObject({ who: '提出人', role: 'author' })
})
