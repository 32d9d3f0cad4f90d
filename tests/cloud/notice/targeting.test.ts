/**
 * Targeting, the one building-scope rule: a notice posted to 5栋 only never appears in any answer
 * to a resident of 3栋 — not in a list, not when opened by id, not in a message, not in anything
 * any notice action answers them — and a building head of 3栋 neither sees its receipts nor
 * posts to 5栋. A unit notice reaches that unit only.
 */
import { actions } from '../../../cloudfunctions/notice'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused } from '../support/helpers'
import { noticeCloud, postInput } from './support'

jest.setTimeout(60_000)

let t: TestCloud
let five: string
const TITLE = '五栋专属：水箱清洗'

beforeAll(async () => {
  t = await noticeCloud()
  // 黄秀英 (demo-resident4) lives in 3栋 and allowed every category: nothing of 5栋 may reach her.
  await t.ok('demo-resident4', 'station', 'recordConsent', {
    results: Object.fromEntries(
      ['noticeOutage', 'noticeActivity', 'noticeSafety', 'noticeFee', 'noticeOther'].map((k) => [
        `local-${k}`,
        'accept',
      ]),
    ),
  })
  five = (
    await t.ok(
      P.staff,
      'notice',
      'post',
      postInput({ title: TITLE, category: 'outage', target: { buildings: [{ buildingId: 'bd-xinan-5' }] } }),
    )
  ).noticeId
})
afterAll(() => t.stop())

/** Every notice action, with input a caller could send, including the 5栋 notice's id where one fits. */
function everyCall(noticeId: string): [string, Record<string, unknown>][] {
  const byAction: Record<string, Record<string, unknown>[]> = {
    post: [],
    withdraw: [{ noticeId }],
    deliver: [{ noticeId }],
    list: [{}, { unreadOnly: true }, { limit: 100 }],
    open: [{ noticeId }, { noticeId, groupCloudID: 'local-group:xinan-3' }],
    subscriptions: [{}],
    managed: [{}, { limit: 100 }],
    readStats: [{ noticeId }],
    households: [
      { noticeId, buildingId: 'bd-xinan-5' },
      { noticeId, buildingId: 'bd-xinan-5', state: 'read' },
      { noticeId, buildingId: 'bd-xinan-3' },
    ],
    remind: [{ noticeId, buildingId: 'bd-xinan-5' }],
    bindGroup: [],
    unbindGroup: [],
    groups: [{}],
    rebuildCounters: [],
  }
  expect(Object.keys(byAction).sort()).toEqual(Object.keys(actions).sort())
  return Object.entries(byAction).flatMap(([action, inputs]) =>
    inputs.map((input) => [action, input] as [string, Record<string, unknown>]),
  )
}

test.each([
  ['a resident of 3栋', 'demo-resident4'],
  ['the building head of 3栋 and 4栋', P.head2],
])('%s never sees the 5栋-only notice in any answer', async (_who, openid) => {
  for (const [action, input] of everyCall(five)) {
    const res = await t.call(openid, 'notice', action as 'list', input)
    const text = JSON.stringify(res)
    expect([action, text.includes(five) || text.includes(TITLE)]).toEqual([action, false])
  }
  expect(t.cloud.delivered.filter((d) => d.touser === openid)).toEqual([])
})

test('a resident of 3栋 opening it by id learns no more than for a notice that does not exist', async () => {
  const missing = await t.call('demo-resident4', 'notice', 'open', { noticeId: 'nt-does-not-exist' })
  const hidden = await t.call('demo-resident4', 'notice', 'open', { noticeId: five })
  expect(hidden).toEqual(missing)
})

test('a building head of 3栋 cannot post to 5栋, and what they post to 3栋 reaches 3栋 only', async () => {
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(P.head2, 'notice', 'post', postInput({ target: { buildings: [{ buildingId: 'bd-xinan-5' }] } })),
  )
  const three = (
    await t.ok(
      P.head2,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-3' }] } }),
    )
  ).noticeId
  expect((await t.ok('demo-resident4', 'notice', 'list', {})).items.map((n) => n.noticeId)).toContain(three)
  // 杨帆 lives in 4栋: not this one.
  expect((await t.ok('demo-resident5', 'notice', 'list', {})).items.map((n) => n.noticeId)).not.toContain(
    three,
  )
  expect((await t.call('demo-resident5', 'notice', 'open', { noticeId: three })).ok).toBe(false)
})

test('a unit notice reaches that unit of the building and no other', async () => {
  const unit2 = (
    await t.ok(
      P.staff,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-1', units: [2] }] } }),
    )
  ).noticeId
  // 吴强 lives in 1栋2单元, 刘阿姨 in 1栋1单元.
  expect((await t.ok(P.party, 'notice', 'list', {})).items.map((n) => n.noticeId)).toContain(unit2)
  expect((await t.ok(P.resident, 'notice', 'list', {})).items.map((n) => n.noticeId)).not.toContain(unit2)
  expect((await t.call(P.resident, 'notice', 'open', { noticeId: unit2 })).ok).toBe(false)
})

test('the 5栋 notice is there for who it was posted to and for staff', async () => {
  const stats = await t.ok(P.staff, 'notice', 'readStats', { noticeId: five })
  expect(stats.buildings.map((b) => b.name)).toEqual(['5栋'])
  expect((await t.ok(P.staff, 'notice', 'managed', {})).items.map((n) => n.noticeId)).toContain(five)
})
