import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { count, expectRefused } from '../support/helpers'
import { FP, forumCloud, raise, topicDoc, upload, uploadAnonymous } from './support'

let t: TestCloud
beforeEach(async () => {
  t = await forumCloud()
})
afterEach(() => t.stop())

describe('forum.raiseTopic: a verified resident raises a topic', () => {
  test('with an image: stored submitted, held by the station, one timeline entry, image served to neighbours', async () => {
    const image = await upload(t, P.resident)
    const topic = await t.ok(
      P.resident,
      'forum',
      'raiseTopic',
      raise({ images: [image], buildingId: 'bd-xinan-1' }),
    )
    expect(topic).toMatchObject({
      title: '小区南门路灯不亮',
      status: 'submitted',
      holder: 'station',
      buildingName: '1栋',
      author: { display: '刘阿姨', anonymous: false },
      imageCount: 1,
      mine: true,
      moves: ['close'],
    })
    expect(topic.timeline).toEqual([
      expect.objectContaining({ step: 'submitted', who: '提出人', holder: 'station' }),
    ])
    expect(topic.images[0]).toMatch(/^http/)
    const stored = topicDoc(t, topic.topicId)
    expect(stored).toMatchObject({
      stationId: XINAN,
      authorId: 'mb-xa-res1',
      images: [image],
      anonymous: false,
    })
    expect(stored.terms).toEqual(expect.arrayContaining(['南门', '路灯']))
    const seen = await t.ok(FP.resident2, 'forum', 'topic', { topicId: topic.topicId })
    expect(seen.images[0]).toMatch(/^http/)
    expect(seen.mine).toBe(false)
    // The image went to WeChat's check (the local stand-in answers at once).
    expect(t.cloud.db.find('files', { fileID: image })[0]).toMatchObject({
      itemId: topic.topicId,
      traceId: expect.any(String),
    })
  })

  test('the same call twice (a flaky network) makes one topic', async () => {
    const a = await t.ok(P.resident, 'forum', 'raiseTopic', raise())
    const b = await t.ok(P.resident, 'forum', 'raiseTopic', raise())
    expect(b.topicId).toBe(a.topicId)
    expect(count(t, 'topics', { authorId: 'mb-xa-res1', title: '小区南门路灯不亮' })).toBe(1)
  })

  test('a topic with a test word is refused with CONTENT_REJECTED naming the field; nothing is stored', async () => {
    const e = await expectRefused(
      t,
      'CONTENT_REJECTED',
      () => t.call(P.resident, 'forum', 'raiseTopic', raise({ body: '这里有违规测试词' })),
      'body',
    )
    expect(e.message).toContain('不适合发布')
    await expectRefused(
      t,
      'CONTENT_REJECTED',
      () => t.call(P.resident, 'forum', 'raiseTopic', raise({ title: '敏感测试词的标题' })),
      'title',
    )
  })

  test('a text for review is stored and marked for staff', async () => {
    const topic = await t.ok(P.resident, 'forum', 'raiseTopic', raise({ body: '这段含有待审测试词' }))
    expect(topicDoc(t, topic.topicId).review).toBe(true)
    expect(topic.review).toBe(false)
    expect((await t.ok(P.staff, 'forum', 'topic', { topicId: topic.topicId })).review).toBe(true)
  })

  test.each([
    ['a one-character title', { title: '灯' }, 'title'],
    ['no title', { title: '' }, 'title'],
    ['a body over 1,000 characters', { body: 'x'.repeat(1001) }, 'body'],
    ['an unknown category', { category: 'gossip' }, 'category'],
    ['a building that is not here', { buildingId: 'bd-nowhere' }, 'buildingId'],
    ['images not a list', { images: 'cloud://x' }, 'images'],
    ['ten images', { images: Array.from({ length: 10 }, (_, i) => `cloud://local.x/a${i}.png`) }, 'images'],
    ['anonymity not yes or no', { anonymous: 'yes' }, 'anonymous'],
  ])('%s: INVALID_INPUT naming the field, nothing written', async (_what, bad, field) => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'forum', 'raiseTopic', raise(bad)),
      field,
    )
  })

  test('an image someone else uploaded is refused (images.0); nothing written', async () => {
    const theirs = await upload(t, FP.resident2)
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'forum', 'raiseTopic', raise({ images: [theirs] })),
      'images.0',
    )
  })

  test("an anonymous topic's images come from an anonymous folder: one from the author's own folder is refused", async () => {
    const own = await upload(t, P.resident)
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'forum', 'raiseTopic', raise({ anonymous: true, images: [own] })),
      'images.0',
    )
    const hidden = await uploadAnonymous(t, P.resident)
    const topic = await t.ok(P.resident, 'forum', 'raiseTopic', raise({ anonymous: true, images: [hidden] }))
    expect(topic).toMatchObject({ author: { display: '匿名居民', anonymous: true }, imageCount: 1 })
  })

  test('a stand-in raises a topic for the neighbour they act for: the neighbour is the author', async () => {
    const topic = await t.ok(P.proxy, 'forum', 'raiseTopic', raise(), { onBehalfOf: 'mb-xa-elder' })
    expect(topicDoc(t, topic.topicId)).toMatchObject({
      authorId: 'mb-xa-elder',
      authorName: '王奶奶',
      raisedById: 'mb-xa-proxy',
    })
  })
})
