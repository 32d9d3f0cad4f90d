/**
 * A wish's whole life through the local cloud, as the people in it would live it: posted, reviewed,
 * claimed, progress noted, fulfilled with a photo, confirmed with thanks — the helper paid once,
 * the thank-you on the wall — and the other ways out: given back, disputed and settled, withdrawn.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, errorOf, expectRefused } from '../support/helpers'
import { M, openWish, upload, wishCloud, wishDoc, wishInput } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await wishCloud()
})
afterEach(() => t.stop())

const balanceOf = async (openid: string) => (await t.ok(openid, 'wish', 'helperSummary', {})).balance

test('post → approve → claim → fulfil with a photo → confirm: points once, thanks on the wall', async () => {
  const photo = await upload(t, P.resident, 'wish')
  const posted = await t.ok(P.resident, 'wish', 'post', wishInput({ images: [photo] }))
  expect(posted).toMatchObject({ status: 'pending', role: 'wisher', moves: ['withdraw'] })
  expect(posted.imageUrls).toHaveLength(1)
  // Not on the wall until staff approve it.
  const before = await t.ok(P.volunteer, 'wish', 'wall', { filter: 'open' })
  expect(before.items.map((w) => w.wishId)).not.toContain(posted.wishId)
  expect(errorOf(await t.call(P.volunteer, 'wish', 'detail', { wishId: posted.wishId })).code).toBe(
    'NOT_FOUND',
  )

  const queue = await t.ok(P.staff, 'wish', 'queue', { status: 'pending' })
  expect(queue.items.map((w) => w.wishId)).toContain(posted.wishId)
  await t.ok(P.staff, 'wish', 'review', { wishId: posted.wishId, decision: 'approve' })
  const wall = await t.ok(P.volunteer, 'wish', 'wall', { filter: 'open' })
  expect(wall.items.map((w) => w.wishId)).toContain(posted.wishId)

  const claimed = await t.ok(P.volunteer, 'wish', 'claim', { wishId: posted.wishId })
  expect(claimed).toMatchObject({
    status: 'claimed',
    role: 'claimer',
    claimerName: '孙晓',
    canSeeContact: true,
  })
  expect(claimed.moves.sort()).toEqual(['fulfil', 'progress', 'release'])
  await t.ok(P.volunteer, 'wish', 'progress', { wishId: posted.wishId, note: '明天下午上门' })

  const shot = await upload(t, P.volunteer, 'fulfilment')
  const fulfilled = await t.ok(P.volunteer, 'wish', 'fulfil', {
    wishId: posted.wishId,
    note: '换好了新的水龙头',
    images: [shot],
  })
  expect(fulfilled).toMatchObject({ status: 'fulfilled', fulfilNote: '换好了新的水龙头' })
  expect(fulfilled.fulfilImageUrls).toHaveLength(1)
  expect(fulfilled.autoConfirmAt).not.toBeNull()

  const mine = await t.ok(P.resident, 'wish', 'detail', { wishId: posted.wishId })
  expect(mine.moves.sort()).toEqual(['confirm', 'dispute'])
  const pointsBefore = await balanceOf(P.volunteer)
  const confirmed = await t.ok(P.resident, 'wish', 'confirm', { wishId: posted.wishId, thanks: '谢谢小孙！' })
  expect(confirmed).toMatchObject({ status: 'confirmed', points: 10, thanks: '谢谢小孙！' })
  expect(await balanceOf(P.volunteer)).toBe(pointsBefore + 10)

  // Again (a repeated tap): the same answer, no second payment.
  await t.ok(P.resident, 'wish', 'confirm', { wishId: posted.wishId })
  expect(await balanceOf(P.volunteer)).toBe(pointsBefore + 10)

  const fulfilledWall = await t.ok(P.party, 'wish', 'wall', { filter: 'fulfilled' })
  const card = fulfilledWall.items.find((w) => w.wishId === posted.wishId)!
  expect(card).toMatchObject({ status: 'confirmed', thanks: '谢谢小孙！', claimerName: '孙晓', points: 10 })
})

test('confirming before it is fulfilled is refused and writes nothing; so is a second thank-you', async () => {
  const wishId = await openWish(t)
  await t.ok(P.volunteer, 'wish', 'claim', { wishId })
  const error = await expectRefused(t, 'CONFLICT', () => t.call(P.resident, 'wish', 'confirm', { wishId }))
  expect(error.message).toContain('还没有标记完成')
  await t.ok(P.volunteer, 'wish', 'fulfil', {
    wishId,
    note: '好了',
    images: [await upload(t, P.volunteer, 'fulfilment')],
  })
  await t.ok(P.resident, 'wish', 'confirm', { wishId, thanks: '谢谢' })
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.resident, 'wish', 'thank', { wishId, thanks: '再谢一次' }),
  )
})

test('the claimer gives it back: on the wall again, the wisher told, the contact no longer theirs', async () => {
  const wishId = await openWish(t)
  await t.ok(P.volunteer, 'wish', 'claim', { wishId })
  const back = await t.ok(P.volunteer, 'wish', 'release', { wishId, reason: '这周出差' })
  expect(back).toMatchObject({ status: 'open', claimerName: null, role: 'neighbour', canSeeContact: false })
  expect(errorOf(await t.call(P.volunteer, 'wish', 'contact', { wishId })).code).toBe('FORBIDDEN')
  const told = t.cloud.db.find('outbox', { memberId: M.resident, template: 'wishReleased' })
  expect(told).toHaveLength(1)
  // Someone else may claim it now.
  expect((await t.ok(P.party, 'wish', 'claim', { wishId })).claimerName).toBe('吴强')
})

test('a dispute goes to staff, who settle it either way; reopening takes the fulfilment back', async () => {
  const settle = await openWish(t)
  const reopen = await openWish(t, P.resident, { title: '第二个心愿' })
  for (const wishId of [settle, reopen]) {
    await t.ok(P.volunteer, 'wish', 'claim', { wishId })
    await t.ok(P.volunteer, 'wish', 'fulfil', {
      wishId,
      note: '好了',
      images: [await upload(t, P.volunteer, 'fulfilment')],
    })
    expect((await t.ok(P.resident, 'wish', 'dispute', { wishId, reason: '还在滴水' })).status).toBe(
      'disputed',
    )
  }
  expect(t.cloud.db.find('outbox', { template: 'wishDisputed' }).length).toBeGreaterThan(0)
  // Neighbours see a dispute as taken, and nothing of it.
  const seen = await t.ok(P.party, 'wish', 'detail', { wishId: settle })
  expect(seen).toMatchObject({ status: 'claimed', disputeReason: '', fulfilNote: '', fulfilImageUrls: [] })

  const disputes = await t.ok(P.staff, 'wish', 'queue', { status: 'disputed' })
  expect(disputes.items.map((w) => w.wishId)).toEqual(expect.arrayContaining([settle, reopen]))
  const before = await balanceOf(P.volunteer)
  const settled = await t.ok(P.staff, 'wish', 'resolve', {
    wishId: settle,
    decision: 'confirm',
    note: '上门看过，已修好',
  })
  expect(settled).toMatchObject({ status: 'confirmed', resolution: '上门看过，已修好', points: 10 })
  expect(await balanceOf(P.volunteer)).toBe(before + 10)

  const reopened = await t.ok(P.staff, 'wish', 'resolve', {
    wishId: reopen,
    decision: 'reopen',
    note: '确实没修好',
  })
  expect(reopened).toMatchObject({
    status: 'open',
    claimerName: null,
    fulfilledAt: null,
    fulfilImageUrls: [],
  })
  expect(t.cloud.db.find('files', { itemType: 'wishFulfilment', itemId: reopen })).toHaveLength(0)
  expect(await balanceOf(P.volunteer)).toBe(before + 10)
  expect(audits(t, 'wish.resolve')).toHaveLength(2)
})

test('the wisher withdraws a wish nobody claimed; once claimed it cannot be withdrawn', async () => {
  const wishId = await openWish(t)
  expect((await t.ok(P.resident, 'wish', 'withdraw', { wishId })).status).toBe('withdrawn')
  const other = await openWish(t)
  await t.ok(P.volunteer, 'wish', 'claim', { wishId: other })
  await expectRefused(t, 'CONFLICT', () => t.call(P.resident, 'wish', 'withdraw', { wishId: other }))
  expect(wishDoc(t, other).status).toBe('claimed')
})
