/**
 * Posting a wish: by the wisher, by a stand-in for the person they act for (代办), by staff for a
 * resident without a phone. The wish waits for review (staff's own posting for someone is the
 * review); its contact and exact address are kept apart from what the wall reads; texts pass
 * content security first; bad input names its field; nothing is written on any refusal.
 */
import type { WishContactDoc } from '../../../types/wish/entities'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, count, errorOf, expectRefused } from '../support/helpers'
import { dayIn, M, PNG, upload, wishCloud, wishDoc, wishInput } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await wishCloud()
})
afterEach(() => t.stop())

const contactOf = (wishId: string) =>
  (t.cloud.db.find('wishContacts', { _id: wishId }) as unknown as WishContactDoc[])[0]

test('a resident posts: it waits for review; contact and room are stored apart from the wish', async () => {
  const posted = await t.ok(P.resident, 'wish', 'post', wishInput({ addressNote: '门口有鞋柜' }))
  expect(posted).toMatchObject({
    status: 'pending',
    buildingName: '1栋',
    wisherName: '刘阿姨',
    postedVia: 'self',
  })
  expect(contactOf(posted.wishId)).toMatchObject({
    contactName: '刘阿姨',
    contactPhone: '13905710006',
    address: '1栋1单元301（门口有鞋柜）',
  })
  const stored = JSON.stringify(wishDoc(t, posted.wishId))
  expect(stored).not.toContain('13905710006')
  expect(stored).not.toContain('301')
  expect(stored).not.toContain('门口有鞋柜')
})

test('a stand-in posts for 王奶奶: she is the wisher, her son the contact, the call audited with both names', async () => {
  const image = await upload(t, P.proxy, 'wish')
  const posted = await t.ok(P.proxy, 'wish', 'post', wishInput({ images: [image] }), { onBehalfOf: M.elder })
  expect(posted).toMatchObject({ wisherName: '王奶奶', postedVia: 'proxy', role: 'wisher' })
  expect(wishDoc(t, posted.wishId)).toMatchObject({ wisherId: M.elder, postedById: M.proxy })
  expect(contactOf(posted.wishId)).toMatchObject({
    contactName: '王建国（王奶奶的代办人）',
    contactPhone: '13905710009',
  })
  const proxyCalls = audits(t, 'proxy.call')
  expect(proxyCalls[proxyCalls.length - 1].summary).toContain('代王奶奶')
  // Her wishes, seen through him.
  const mine = await t.ok(P.proxy, 'wish', 'mine', {}, { onBehalfOf: M.elder })
  expect(mine.items.map((w) => w.wishId)).toEqual(expect.arrayContaining([posted.wishId, 'wi-xa-radio']))
  expect((await t.ok(P.proxy, 'wish', 'mine', {})).items).toHaveLength(0)
})

test('staff post for a resident without a phone: straight onto the wall, a number required, audited', async () => {
  const found = await t.ok(P.staff, 'wish', 'findResident', { q: '王奶' })
  expect(found.items).toEqual([
    { memberId: M.elder, name: '王奶奶', household: '1栋2单元101', offline: true },
  ])
  const noPhone = await expectRefused(t, 'INVALID_INPUT', () =>
    t.call(P.staff, 'wish', 'post', wishInput({ forMemberId: M.elder })),
  )
  expect(noPhone.field).toBe('contactPhone')
  const posted = await t.ok(
    P.staff,
    'wish',
    'post',
    wishInput({ forMemberId: M.elder, contactPhone: '13812340000' }),
  )
  expect(posted).toMatchObject({ status: 'open', wisherName: '王奶奶', postedVia: 'staff' })
  expect(contactOf(posted.wishId)).toMatchObject({ contactName: '王奶奶', contactPhone: '13812340000' })
  expect(audits(t, 'wish.post')[0].summary).toContain('替 王奶奶 发布了心愿')
  // Only staff choose someone else as the wisher.
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(P.volunteer, 'wish', 'post', wishInput({ forMemberId: M.elder, contactPhone: '13812340000' })),
  )
})

test('a text with a test word is refused CONTENT_REJECTED naming the field; a review word is flagged for staff', async () => {
  await expectRefused(
    t,
    'CONTENT_REJECTED',
    () => t.call(P.resident, 'wish', 'post', wishInput({ description: '这里有违规测试词' })),
    'description',
  )
  const flagged = await t.ok(P.resident, 'wish', 'post', wishInput({ title: '待审测试词' }))
  expect(wishDoc(t, flagged.wishId).flagged).toBe(true)
  const seen = await t.ok(P.staff, 'wish', 'detail', { wishId: flagged.wishId })
  expect(seen.flagged).toBe(true)
})

test('bad input names the field and writes nothing', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [wishInput({ title: '' }), 'title'],
    [wishInput({ title: '长'.repeat(31) }), 'title'],
    [wishInput({ description: undefined }), 'description'],
    [wishInput({ category: 'pets' }), 'category'],
    [wishInput({ neededBy: '2026-02-30' }), 'neededBy'],
    [wishInput({ neededBy: dayIn(-1) }), 'neededBy'],
    [wishInput({ neededBy: dayIn(400) }), 'neededBy'],
    [wishInput({ contactPhone: '123' }), 'contactPhone'],
    [wishInput({ images: ['a', 'b', 'c', 'd'] }), 'images'],
    [wishInput({ images: ['http://elsewhere/x.png'] }), 'images.0'],
  ]
  for (const [input, field] of cases)
    await expectRefused(t, 'INVALID_INPUT', () => t.call(P.resident, 'wish', 'post', input), field)
})

test('images must be the caller’s own uploads here, real pictures; a refused post keeps nothing', async () => {
  const theirs = await upload(t, P.volunteer, 'wish')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'wish', 'post', wishInput({ images: [theirs] })),
    'images.0',
  )
  const text = await upload(t, P.resident, 'wish', Buffer.from('not a picture at all'))
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.resident, 'wish', 'post', wishInput({ images: [text] })),
    'images.0',
  )
  const good = await upload(t, P.resident, 'wish', PNG)
  const posted = await t.ok(P.resident, 'wish', 'post', wishInput({ images: [good] }))
  expect(count(t, 'files', { itemType: 'wish', itemId: posted.wishId })).toBe(1)
})

test('a resident without a home in the station cannot post; nor can someone pending', async () => {
  // 陈刚 (demo-property) is staff of the property company and registered no household.
  const error = errorOf(await t.call('demo-property', 'wish', 'post', wishInput()))
  expect(error.code).toBe('FORBIDDEN')
  await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'wish', 'post', wishInput()))
})
