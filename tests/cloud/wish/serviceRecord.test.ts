/**
 * A party member's service record (station.serviceRecord, for their workplace branch) lists the
 * wishes they helped come true in the period, beside their activities — in the answer and in the
 * exported table; wishes outside the period, or not confirmed, are not listed.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { dayIn, openWish, upload, wishCloud } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => {
  t = await wishCloud()
})
afterAll(() => t.stop())

test('吴强’s record lists the wishes he helped come true, and the table carries them', async () => {
  const wishId = await openWish(t, P.resident, { title: '帮忙搬一下冰箱' })
  await t.ok(P.party, 'wish', 'claim', { wishId })
  await t.ok(P.party, 'wish', 'fulfil', {
    wishId,
    note: '搬好了',
    images: [await upload(t, P.party, 'fulfilment')],
  })
  await t.ok(P.resident, 'wish', 'confirm', { wishId })

  const record = await t.ok(P.party, 'station', 'serviceRecord', { from: dayIn(-60), to: dayIn(0) })
  // The seeded 花盆 (confirmed three weeks ago) and this one; his open legal question is not.
  expect(record.wishes.map((w) => w.title)).toEqual(['帮我把阳台的旧花盆搬下楼', '帮忙搬一下冰箱'])
  expect(record.csv).toContain('帮邻居实现的微心愿')
  expect(record.csv).toContain('帮忙搬一下冰箱')
  expect(record.csv.indexOf('\ufeff', 1)).toBe(-1)

  const recent = await t.ok(P.party, 'station', 'serviceRecord', { from: dayIn(-7), to: dayIn(0) })
  expect(recent.wishes.map((w) => w.title)).toEqual(['帮忙搬一下冰箱'])
  // Staff open anyone's.
  const staffView = await t.ok(P.staff, 'station', 'serviceRecord', {
    from: dayIn(-60),
    to: dayIn(0),
    memberId: 'mb-xa-party1',
  })
  expect(staffView.wishes).toHaveLength(2)
})
