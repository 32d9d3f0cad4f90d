/**
 * Building group chats: a building head binds the group a card was opened in to a building they
 * head (never another's), binding again renames it, a group already bound to someone else's
 * building stays (staff may move it), and the author sees which bound groups a notice reached.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused } from '../support/helpers'
import { noticeCloud, postInput } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await noticeCloud()
})
afterEach(() => t.stop())

const bind = (who: string, group: string, buildingId: string, name = '2栋邻居群') =>
  t.call(who, 'notice', 'bindGroup', { cloudID: `local-group:${group}`, buildingId, name })

test('a building head binds the group to a building they head, and the group then counts opens', async () => {
  const res = await bind(P.head1, 'b2-chat', 'bd-xinan-2')
  expect(res.ok && res.data).toMatchObject({ name: '2栋邻居群', buildingName: '2栋', boundByName: '张桂兰' })
  const id = (
    await t.ok(
      P.head1,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-2' }] } }),
    )
  ).noticeId
  const view = await t.ok(P.volunteer, 'notice', 'open', {
    noticeId: id,
    groupCloudID: 'local-group:b2-chat',
  })
  expect(view.group).toMatchObject({ status: 'bound', name: '2栋邻居群', buildingName: '2栋' })
  const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: id })
  expect(stats.groups).toEqual([expect.objectContaining({ name: '2栋邻居群', opens: 1 })])
  expect(audits(t, 'notice.bindGroup')).toHaveLength(1)
  expect((await t.ok(P.head1, 'notice', 'groups', {})).items.map((g) => g.name)).toEqual([
    '1栋邻里群',
    '2栋邻居群',
  ])
})

test('a building head cannot bind a group to a building they do not head; nothing is written', async () => {
  await expectRefused(t, 'FORBIDDEN', () => bind(P.head1, 'b3-chat', 'bd-xinan-3'))
  await expectRefused(t, 'INVALID_INPUT', () => bind(P.head1, 'b3-chat', 'bd-nowhere'), 'buildingId')
  await expectRefused(
    t,
    'INVALID_INPUT',
    () => t.call(P.head1, 'notice', 'bindGroup', { cloudID: 'forged', buildingId: 'bd-xinan-1', name: '群' }),
    'cloudID',
  )
  await expectRefused(t, 'INVALID_INPUT', () => bind(P.head1, 'x', 'bd-xinan-1', ''), 'name')
})

test("a group bound to another head's building stays there; binding it again renames it; staff may move it", async () => {
  // xinan-3 is 王德明's 3栋 group in the demo.
  await expectRefused(t, 'CONFLICT', () => bind(P.head1, 'xinan-3', 'bd-xinan-1'))
  const renamed = await t.ok(P.head2, 'notice', 'bindGroup', {
    cloudID: 'local-group:xinan-3',
    buildingId: 'bd-xinan-3',
    name: '3栋业主群',
  })
  expect(renamed).toMatchObject({ groupId: 'ng-xinan-3', name: '3栋业主群' })
  const moved = await t.ok(P.staff, 'notice', 'bindGroup', {
    cloudID: 'local-group:xinan-3',
    buildingId: 'bd-xinan-4',
    name: '4栋业主群',
  })
  expect(moved).toMatchObject({ groupId: 'ng-xinan-3', buildingName: '4栋' })
  expect(t.cloud.db.find('noticeGroups', { _id: 'ng-xinan-3' })).toEqual([
    expect.objectContaining({ buildingId: 'bd-xinan-4' }),
  ])
})

test('two taps binding the same new group make one binding', async () => {
  const answers = await Promise.all([
    bind(P.head1, 'double', 'bd-xinan-2'),
    bind(P.head1, 'double', 'bd-xinan-2'),
  ])
  expect(answers.every((a) => a.ok)).toBe(true)
  expect(
    (await t.ok(P.head1, 'notice', 'groups', {})).items.filter((g) => g.name === '2栋邻居群'),
  ).toHaveLength(1)
})

test('unbinding: only whoever looks after its building', async () => {
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.head1, 'notice', 'unbindGroup', { groupId: 'ng-xinan-3' }),
  )
  await t.ok(P.head2, 'notice', 'unbindGroup', { groupId: 'ng-xinan-3' })
  expect((await t.ok(P.head2, 'notice', 'groups', {})).items).toEqual([])
  // Its card now reads as an unbound group, offered to the head again.
  const view = await t.ok(P.head2, 'notice', 'open', {
    noticeId: 'nt-xinan-meeting',
    groupCloudID: 'local-group:xinan-3',
  })
  expect(view.group?.status).toBe('unbound')
})

test('the demo: one bound group per building head, and the groups each notice reached', async () => {
  expect((await t.ok(P.staff, 'notice', 'groups', {})).items.map((g) => [g.name, g.boundByName])).toEqual([
    ['1栋邻里群', '张桂兰'],
    ['3栋住户群', '王德明'],
  ])
  const corridor = await t.ok(P.head1, 'notice', 'readStats', { noticeId: 'nt-xinan-corridor' })
  // 刘阿姨 and 陈小红 opened it from the group, and two neighbours not registered yet.
  expect(corridor.groups).toEqual([expect.objectContaining({ name: '1栋邻里群', opens: 4 })])
  expect(corridor.guests).toBe(2)
})
