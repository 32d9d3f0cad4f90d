/**
 * Station isolation for notices: another station's notices, reads, figures and bound groups never
 * appear in any answer to 馨安's people, its notice ids lead nowhere from 馨安, and a group chat
 * bound there is a stranger here.
 */
import { actions } from '../../../cloudfunctions/notice'
import type { TestCloud } from '../support/cloud'
import { OTHER, P } from '../support/fixtures'
import { errorOf } from '../support/helpers'
import { noticeCloud, postInput } from './support'

jest.setTimeout(60_000)

let t: TestCloud
let theirs: string
const MARKERS = ['外站停电通知', '外站群', 'bd-other-1', 'st-other', '外站长']

beforeAll(async () => {
  t = await noticeCloud()
  const at = { stationId: OTHER }
  theirs = (
    await t.ok(
      P.otherStaff,
      'notice',
      'post',
      postInput({ title: '外站停电通知', target: { all: true } }),
      at,
    )
  ).noticeId
  await t.ok(
    P.otherResident,
    'notice',
    'open',
    { noticeId: theirs, groupCloudID: 'local-group:shared-chat' },
    at,
  )
  await t.ok(
    P.otherStaff,
    'notice',
    'bindGroup',
    { cloudID: 'local-group:shared-chat', buildingId: 'bd-other-1', name: '外站群' },
    at,
  )
  // 孙晓 (demo-volunteer) lives in 馨安 and is registered there too, under another name.
  await t.ok(P.volunteer, 'notice', 'open', { noticeId: theirs }, at)
  MARKERS.push(theirs)
})
afterAll(() => t.stop())

function calls(): [string, Record<string, unknown>][] {
  const byAction: Record<string, Record<string, unknown>[]> = {
    post: [postInput({ target: { buildings: [{ buildingId: 'bd-other-1' }] } })],
    withdraw: [{ noticeId: theirs }],
    deliver: [{ noticeId: theirs }],
    list: [{ limit: 100 }],
    open: [{ noticeId: theirs }, { noticeId: 'nt-xinan-water', groupCloudID: 'local-group:shared-chat' }],
    subscriptions: [{}],
    managed: [{ limit: 100 }],
    readStats: [{ noticeId: theirs }],
    households: [{ noticeId: theirs, buildingId: 'bd-other-1' }],
    remind: [{ noticeId: theirs, buildingId: 'bd-other-1' }],
    bindGroup: [{ cloudID: 'local-group:shared-chat', buildingId: 'bd-other-1', name: '抢群' }],
    unbindGroup: [{ groupId: 'ng-nowhere' }],
    groups: [{}],
    rebuildCounters: [],
  }
  expect(Object.keys(byAction).sort()).toEqual(Object.keys(actions).sort())
  return Object.entries(byAction).flatMap(([a, inputs]) =>
    inputs.map((i) => [a, i] as [string, Record<string, unknown>]),
  )
}

test.each([
  ['a resident', P.resident],
  ['a building head', P.head1],
  ['staff', P.staff],
  ['someone registered in both stations', P.volunteer],
])("%s of 馨安 never meets the other station's notices or groups", async (_who, openid) => {
  for (const [action, input] of calls()) {
    const text = JSON.stringify(await t.call(openid, 'notice', action as 'list', input))
    for (const marker of MARKERS)
      expect([action, marker, text.includes(marker)]).toEqual([action, marker, false])
  }
})

test("the other station's group is a stranger in 馨安: its card here offers a head to bind it", async () => {
  const view = await t.ok(P.head1, 'notice', 'open', {
    noticeId: 'nt-xinan-water',
    groupCloudID: 'local-group:shared-chat',
  })
  expect(view.group?.status).toBe('unbound')
})

test("its notice ids lead nowhere from 馨安, and 馨安's receipts are not theirs", async () => {
  expect(errorOf(await t.call(P.staff, 'notice', 'open', { noticeId: theirs })).code).toBe('NOT_FOUND')
  expect(errorOf(await t.call(P.staff, 'notice', 'readStats', { noticeId: theirs })).code).toBe('NOT_FOUND')
  expect(
    errorOf(
      await t.call(P.otherStaff, 'notice', 'readStats', { noticeId: 'nt-xinan-water' }, { stationId: OTHER }),
    ).code,
  ).toBe('NOT_FOUND')
  // 馨安's staff are strangers there: no receipts, no groups.
  expect(errorOf(await t.call(P.staff, 'notice', 'groups', {}, { stationId: OTHER })).code).toBe('NOT_MEMBER')
})
