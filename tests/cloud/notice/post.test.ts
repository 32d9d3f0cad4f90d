/**
 * notice.post: a building head posts to the buildings they head (never another), staff to the
 * whole station or any buildings and units; text is content-checked before anything is written;
 * the audience is the households verified now; a retried post is the same notice; subscribers in
 * the target get one message each, and nobody outside it.
 */
import { BATCH } from '../../../cloudfunctions/notice/delivery'
import { subscriptionId } from '../../../cloudfunctions/_kernel/wechat/subscriptions'
import { member } from '../../../localcloud/seed/build'
import type { HouseholdDoc } from '../../../types/entities'
import type { TestCloud } from '../support/cloud'
import { NOW, P, XINAN } from '../support/fixtures'
import { count, expectRefused } from '../support/helpers'
import { notice, noticeCloud, postInput, verifiedHouseholds } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await noticeCloud()
})
afterEach(() => t.stop())

describe('who may post where', () => {
  test('a building head posts to a building they head; the audience is its verified households', async () => {
    const before = verifiedHouseholds(t, ['bd-xinan-1', 'bd-xinan-2'])
    const res = await t.ok(
      P.head1,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-1' }, { buildingId: 'bd-xinan-2' }] } }),
    )
    const doc = notice(t, res.noticeId)
    expect(res.audience).toBe(before.size)
    expect(doc.audience).toEqual({ households: before.size, buildings: 2 })
    expect(doc.targetLabel).toBe('1栋、2栋')
    expect(doc.authorName).toBe('张桂兰')
    expect(doc.authorTitle).toBe('楼长')
    const audience = t.cloud.db.find('noticeAudience', { noticeId: res.noticeId }) as unknown as {
      households: { id: string }[]
    }[]
    expect(new Set(audience.flatMap((a) => a.households.map((h) => h.id)))).toEqual(before)
  })

  test('a building head of 3栋 cannot post to 5栋, nor to the whole station; nothing is written', async () => {
    const error = await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head2, 'notice', 'post', postInput({ target: { buildings: [{ buildingId: 'bd-xinan-5' }] } })),
    )
    expect(error.message).toContain('5栋')
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(
        P.head2,
        'notice',
        'post',
        postInput({ target: { buildings: [{ buildingId: 'bd-xinan-3' }, { buildingId: 'bd-xinan-5' }] } }),
      ),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head2, 'notice', 'post', postInput({ target: { all: true } })),
    )
  })

  test('staff post to the whole station, or to single units', async () => {
    const all = await t.ok(P.staff, 'notice', 'post', postInput({ target: { all: true } }))
    expect(all.audience).toBe(verifiedHouseholds(t).size)
    expect(notice(t, all.noticeId).scopeKeys).toEqual(['*'])
    const unit = await t.ok(
      P.staff,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-1', units: [2] }] } }),
    )
    const doc = notice(t, unit.noticeId)
    expect(doc.targetLabel).toBe('1栋2单元')
    expect(doc.scopeKeys).toEqual(['bd-xinan-1#2'])
    // 1栋2单元: 王建国 and 王奶奶 (101), 吴强 (702).
    expect(unit.audience).toBe(2)
    // Every unit chosen is the whole building.
    const whole = await t.ok(
      P.staff,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-1', units: [1, 2] }] } }),
    )
    expect(notice(t, whole.noticeId).scopeKeys).toEqual(['bd-xinan-1'])
  })

  test('the card carries the station code and the notice', async () => {
    const res = await t.ok(P.head1, 'notice', 'post', postInput({ title: '停电通知' }))
    expect(res.share.path).toBe(`/packages/notice/detail/index?s=xinan&id=${res.noticeId}`)
    expect(res.share.title).toBe('【安全提醒】停电通知')
  })

  test("the author's own household counts as read, so it is never on their door-to-door list", async () => {
    const res = await t.ok(P.head1, 'notice', 'post', postInput())
    const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: res.noticeId })
    expect(stats.total.read).toBe(1)
    const unread = await t.ok(P.head1, 'notice', 'households', {
      noticeId: res.noticeId,
      buildingId: 'bd-xinan-1',
    })
    expect(unread.items.map((h) => h.householdId)).not.toContain('hh-xinan-1-1-201')
  })
})

describe('input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['no title', { title: '' }, 'title'],
    ['a long title', { title: '长'.repeat(41) }, 'title'],
    ['no body', { body: ' ' }, 'body'],
    ['an unknown category', { category: 'gossip' }, 'category'],
    ['no target', { target: { buildings: [] } }, 'target'],
    [
      'both the station and buildings',
      { target: { all: true, buildings: [{ buildingId: 'bd-xinan-1' }] } },
      'target',
    ],
    [
      'an unknown building',
      { target: { buildings: [{ buildingId: 'bd-nowhere' }] } },
      'target.buildings.0.buildingId',
    ],
    [
      'another station’s building',
      { target: { buildings: [{ buildingId: 'bd-other-1' }] } },
      'target.buildings.0.buildingId',
    ],
    [
      'a unit the building lacks',
      { target: { buildings: [{ buildingId: 'bd-xinan-1', units: [3] }] } },
      'target.buildings.0.units',
    ],
    [
      'a building twice',
      { target: { buildings: [{ buildingId: 'bd-xinan-1' }, { buildingId: 'bd-xinan-1', units: [1] }] } },
      'target.buildings.1.buildingId',
    ],
    ['an end day in the past', { expiresOn: '2020-01-01' }, 'expiresOn'],
    ['an impossible day', { expiresOn: '2026-02-30' }, 'expiresOn'],
    ['an image that is not a cloud file', { images: ['http://x/y.png'] }, 'images.0'],
    ['no form token', { clientToken: undefined }, 'clientToken'],
  ]
  test.each(cases)(
    '%s is INVALID_INPUT on its field, and nothing is written',
    async (_name, extra, field) => {
      await expectRefused(
        t,
        'INVALID_INPUT',
        () => t.call(P.staff, 'notice', 'post', postInput(extra)),
        field,
      )
    },
  )

  test('text with a test word is CONTENT_REJECTED on its field before anything is written', async () => {
    await expectRefused(
      t,
      'CONTENT_REJECTED',
      () => t.call(P.head1, 'notice', 'post', postInput({ title: '违规测试词' })),
      'title',
    )
    await expectRefused(
      t,
      'CONTENT_REJECTED',
      () => t.call(P.head1, 'notice', 'post', postInput({ body: '大家好 敏感测试词' })),
      'body',
    )
  })

  test('text content security wants looked at is posted and marked for staff', async () => {
    const res = await t.ok(P.head1, 'notice', 'post', postInput({ body: '请注意 待审测试词' }))
    expect(notice(t, res.noticeId).review).toBe(true)
  })
})

test('a retried post (same form token) is the same notice: one notice, one audience, one message each', async () => {
  await consent(P.resident, 'noticeSafety', 2)
  const input = postInput()
  const answers = await Promise.all([1, 2, 3].map(() => t.call(P.head1, 'notice', 'post', input)))
  const ids = answers.map((a) => (a.ok ? a.data.noticeId : a.error.code))
  expect(new Set(ids).size).toBe(1)
  const [id] = ids
  expect(count(t, 'notices', { _id: id })).toBe(1)
  expect(count(t, 'noticeAudience', { noticeId: id })).toBe(1)
  const again = await t.ok(P.head1, 'notice', 'post', input)
  expect(again.noticeId).toBe(id)
  expect(sentTo(P.resident)).toBe(1)
})

/** Consents as WeChat's prompt gives them, through station.recordConsent. */
async function consent(openid: string, key: string, times = 1) {
  for (let i = 0; i < times; i++)
    await t.ok(openid, 'station', 'recordConsent', { results: { [`local-${key}`]: 'accept' } })
}

const sentTo = (openid: string) => t.cloud.delivered.filter((d) => d.touser === openid).length

describe('messages to subscribers', () => {
  test('residents in the target who allowed the category get one message; others none', async () => {
    await consent(P.resident, 'noticeSafety') // 1栋
    await consent(P.volunteer, 'noticeSafety') // 2栋: not in the target
    await consent(P.resident2, 'noticeActivity') // 1栋, another category
    const res = await t.ok(P.head1, 'notice', 'post', postInput())
    expect(res.delivery).toMatchObject({ sent: 1, done: true })
    expect(sentTo(P.resident)).toBe(1)
    expect(sentTo(P.volunteer)).toBe(0)
    expect(sentTo(P.resident2)).toBe(0)
    const [message] = t.cloud.delivered.filter((d) => d.touser === P.resident)
    expect(message.templateId).toBe('local-noticeSafety')
    expect(message.page).toBe(`packages/notice/detail/index?s=xinan&id=${res.noticeId}`)
    expect(message.data.thing1.value).toBe('本周六电梯检修')
    // The consent was spent: the outbox says sent, and the next notice finds none left.
    const outbox = await t.ok(P.staff, 'station', 'outbox', { memberId: 'mb-xa-res1' })
    expect(outbox.items.map((o) => o.status)).toEqual(['sent'])
    await t.ok(P.head1, 'notice', 'post', postInput())
    expect(sentTo(P.resident)).toBe(1)
  })

  test('a unit notice messages only that unit', async () => {
    await consent(P.resident, 'noticeFee') // 1栋1单元
    await consent(P.party, 'noticeFee') // 1栋2单元
    await t.ok(
      P.staff,
      'notice',
      'post',
      postInput({ category: 'fee', target: { buildings: [{ buildingId: 'bd-xinan-1', units: [2] }] } }),
    )
    expect(sentTo(P.party)).toBe(1)
    expect(sentTo(P.resident)).toBe(0)
  })

  test('at a big station the messages go out in batches the author sends on, each person once', async () => {
    // More subscribers than one call sends: 70 verified neighbours in 5栋 and 6栋, each allowing one.
    const rooms = (t.cloud.db.find('households', { stationId: XINAN }) as unknown as HouseholdDoc[])
      .filter((h) => h.buildingId === 'bd-xinan-5' || h.buildingId === 'bd-xinan-6')
      .slice(0, 70)
    const people = rooms.map((h, i) =>
      member(
        XINAN,
        { id: `mb-test-${i}`, openid: `test-many-${i}`, name: `邻居${i}`, phone: '', household: h },
        NOW,
      ),
    )
    await t.seed({
      members: people,
      subscriptions: people.map((m) => ({
        _id: subscriptionId(XINAN, m._id, 'noticeOther'),
        stationId: XINAN,
        memberId: m._id,
        openid: m.openid,
        template: 'noticeOther',
        available: 1,
        updatedAt: new Date(),
      })),
    })
    expect(people.length).toBeGreaterThan(BATCH)
    const res = await t.ok(P.staff, 'notice', 'post', postInput({ category: 'other', target: { all: true } }))
    expect(res.delivery).toMatchObject({ sent: BATCH, done: false })
    const rest = await t.ok(P.staff, 'notice', 'deliver', { noticeId: res.noticeId })
    expect(rest).toMatchObject({ sent: 70, done: true })
    expect(await t.ok(P.staff, 'notice', 'deliver', { noticeId: res.noticeId })).toEqual(rest)
    expect(t.cloud.delivered.length).toBe(70)
    expect(new Set(t.cloud.delivered.map((d) => d.touser)).size).toBe(70)
    // A building head cannot send on a notice of the station's.
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.head1, 'notice', 'deliver', { noticeId: 'nt-nowhere' }),
    )
  })
})

test('staff without a household of their own post too, under their title', async () => {
  // 陈刚 (demo-property) is 副站长 for the property company, and lives elsewhere.
  const res = await t.ok(P.property, 'notice', 'post', postInput({ target: { all: true } }))
  expect(notice(t, res.noticeId).authorTitle).toBe('副站长')
  expect((await t.ok(P.property, 'notice', 'readStats', { noticeId: res.noticeId })).total.read).toBe(0)
})

describe('images (cloud storage, kind notice)', () => {
  const PNG = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(200, 1),
  ])
  let seq = 0
  async function upload(openid: string, bytes: Buffer, kind = 'notice'): Promise<string> {
    const { prefix } = await t.ok(openid, 'station', 'uploadTarget', { kind: kind as 'notice' })
    const cloudPath = `${prefix}${`img${++seq}`.padEnd(12, '0')}.png`
    const res = await fetch(`${t.cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: { 'x-dev-openid': openid },
    })
    return ((await res.json()) as { data: { fileID: string } }).data.fileID
  }

  test('a notice carries its images; readers get temporary URLs, the card its first image', async () => {
    const images = [await upload(P.head1, PNG), await upload(P.head1, PNG)]
    const res = await t.ok(P.head1, 'notice', 'post', postInput({ images }))
    expect(res.share.imageUrl).toMatch(/^http/)
    const view = await t.ok(P.resident, 'notice', 'open', { noticeId: res.noticeId })
    expect(view.images).toHaveLength(2)
    expect((await fetch(view.images[0])).status).toBe(200)
    expect(count(t, 'files', { itemType: 'notice', itemId: res.noticeId })).toBe(2)
  })

  test("someone else's upload, or an upload of another kind, is refused on its field; nothing is written", async () => {
    const theirs = await upload(P.resident, PNG)
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.head1, 'notice', 'post', postInput({ images: [theirs] })),
      'images.0',
    )
    const topic = await upload(P.head1, PNG, 'topic')
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.head1, 'notice', 'post', postInput({ images: [topic] })),
      'images.0',
    )
    const text = await upload(P.head1, Buffer.from('not a picture at all, whatever its name says'))
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.head1, 'notice', 'post', postInput({ images: [text] })),
      'images.0',
    )
  })
})
