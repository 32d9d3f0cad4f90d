/**
 * Read receipts for the author: read / posted-to households per building and unit; the masked,
 * paged list of households that have not read it, one building at a time, shrinking as people
 * read; and the one reminder per building, which reaches only households that have not read it
 * (a message where someone allowed the category, their stand-in's record for an elder, the rest
 * on the building head's door-to-door list).
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused } from '../support/helpers'
import { figures, noticeCloud, postInput, recount } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await noticeCloud()
})
afterEach(() => t.stop())

const consent = (openid: string, key: string) =>
  t.ok(openid, 'station', 'recordConsent', { results: { [`local-${key}`]: 'accept' } })

const unreadOf = async (noticeId: string, buildingId = 'bd-xinan-1', as: string = P.head1) =>
  (await t.ok(as, 'notice', 'households', { noticeId, buildingId })).items

test('per building and unit: read / posted-to households, equal to a recount', async () => {
  const id = (
    await t.ok(
      P.head1,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-1' }, { buildingId: 'bd-xinan-2' }] } }),
    )
  ).noticeId
  await t.ok(P.resident, 'notice', 'open', { noticeId: id })
  await t.ok(P.volunteer, 'notice', 'open', { noticeId: id })
  const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: id })
  expect(stats.buildings.map((b) => [b.name, b.read, b.targeted])).toEqual([
    ['1栋', 2, 5],
    ['2栋', 1, 3],
  ])
  expect(stats.buildings[0].units).toEqual([
    { unit: 1, targeted: 3, read: 2 },
    { unit: 2, targeted: 2, read: 0 },
  ])
  expect(stats.total).toEqual({ targeted: 8, read: 3 })
  expect(await figures(t, P.head1, id)).toEqual(recount(t, id))
})

test('the unread list is masked, one building a page, and shrinks as households read', async () => {
  const id = (await t.ok(P.head1, 'notice', 'post', postInput())).noticeId
  const before = await unreadOf(id)
  expect(before.map((h) => h.label)).toEqual(['1栋1单元301', '1栋1单元302', '1栋2单元101', '1栋2单元702'])
  expect(before[0].residents).toEqual(['刘**'])
  expect(JSON.stringify(before)).not.toMatch(/刘阿姨|陈小红|13905710006/)
  await t.ok(P.resident, 'notice', 'open', { noticeId: id })
  const after = await unreadOf(id)
  expect(after.map((h) => h.label)).toEqual(['1栋1单元302', '1栋2单元101', '1栋2单元702'])
  const page = await t.ok(P.head1, 'notice', 'households', {
    noticeId: id,
    buildingId: 'bd-xinan-1',
    limit: 2,
  })
  expect(page).toMatchObject({ total: 3, hasMore: true })
  const read = await t.ok(P.head1, 'notice', 'households', {
    noticeId: id,
    buildingId: 'bd-xinan-1',
    state: 'read',
  })
  expect(read.items.map((h) => h.label)).toEqual(['1栋1单元201', '1栋1单元301'])
})

test('how the reminder would reach each unread household: a message, or a knock on the door', async () => {
  const id = (await t.ok(P.head1, 'notice', 'post', postInput())).noticeId
  await consent(P.resident2, 'noticeSafety') // 陈小红, 1栋1单元302
  const list = await unreadOf(id)
  expect(Object.fromEntries(list.map((h) => [h.label, h.reachBy]))).toEqual({
    '1栋1单元301': 'visit',
    '1栋1单元302': 'message',
    '1栋2单元101': 'visit',
    '1栋2单元702': 'visit',
  })
})

test('one reminder per building reaches only the households that have not read it', async () => {
  const id = (await t.ok(P.head1, 'notice', 'post', postInput())).noticeId
  await consent(P.resident, 'noticeSafety') // 刘阿姨 will read it first: no reminder for her
  await consent(P.resident, 'noticeSafety')
  await consent(P.resident2, 'noticeSafety') // 陈小红 has not read it
  await t.ok(P.resident, 'notice', 'open', { noticeId: id })
  const sentBefore = t.cloud.delivered.length
  const result = await t.ok(P.head1, 'notice', 'remind', { noticeId: id, buildingId: 'bd-xinan-1' })
  expect(result).toMatchObject({ already: false, unread: 3, messaged: 1, toVisit: 2, byName: '张桂兰' })
  const reminders = t.cloud.delivered.slice(sentBefore)
  expect(reminders.map((d) => d.touser)).toEqual([P.resident2])
  expect(reminders[0].data.thing4.value).toBe('您还没有查看这条通知')
  // Asking again (or a second tap) answers that first reminder and sends nothing.
  const again = await t.ok(P.head1, 'notice', 'remind', { noticeId: id, buildingId: 'bd-xinan-1' })
  expect(again).toMatchObject({ already: true, messaged: 1, toVisit: 2 })
  expect(t.cloud.delivered.length).toBe(sentBefore + 1)
  const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: id })
  expect(stats.buildings[0].reminder).toMatchObject({ messaged: 1, toVisit: 2 })
  expect(audits(t, 'notice.remind')).toHaveLength(1)
})

test('two reminders at once send once', async () => {
  const id = (await t.ok(P.head1, 'notice', 'post', postInput())).noticeId
  await consent(P.resident2, 'noticeSafety')
  await consent(P.resident2, 'noticeSafety')
  const answers = await Promise.all(
    [P.head1, P.staff, P.head1].map((who) =>
      t.ok(who, 'notice', 'remind', { noticeId: id, buildingId: 'bd-xinan-1' }),
    ),
  )
  expect(answers.filter((a) => !a.already)).toHaveLength(1)
  expect(t.cloud.delivered.filter((d) => d.touser === P.resident2)).toHaveLength(1)
})

test('an elder with no phone is recorded for their stand-in; the outbox shows it', async () => {
  // Only 王奶奶's household would be unread: a unit notice to 1栋2单元, read by 吴强.
  const id = (
    await t.ok(
      P.staff,
      'notice',
      'post',
      postInput({ target: { buildings: [{ buildingId: 'bd-xinan-1', units: [2] }] } }),
    )
  ).noticeId
  await t.ok(P.party, 'notice', 'open', { noticeId: id })
  const result = await t.ok(P.staff, 'notice', 'remind', { noticeId: id, buildingId: 'bd-xinan-1' })
  expect(result).toMatchObject({ unread: 1, messaged: 0, toVisit: 1, tally: { offline: 1 } })
  const outbox = await t.ok(P.staff, 'station', 'outbox', { memberId: 'mb-xa-elder' })
  expect(outbox.items.map((o) => o.status)).toEqual(['offline'])
})

test('a building head reminds and lists only their buildings; another head is refused', async () => {
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(P.head1, 'notice', 'remind', { noticeId: 'nt-xinan-water', buildingId: 'bd-xinan-3' }),
  )
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(P.head1, 'notice', 'households', { noticeId: 'nt-xinan-water', buildingId: 'bd-xinan-3' }),
  )
  await expectRefused(
    t,
    'INVALID_INPUT',
    () =>
      t.call(P.head1, 'notice', 'households', { noticeId: 'nt-xinan-corridor', buildingId: 'bd-xinan-3' }),
    'buildingId',
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.head1, 'notice', 'readStats', { noticeId: 'nt-xinan-meeting' }),
  )
  // The station-wide water notice: 张桂兰 sees her buildings only.
  const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: 'nt-xinan-water' })
  expect(stats.buildings.map((b) => b.name)).toEqual(['1栋', '2栋'])
  expect(stats.guests).toBe(0)
})

test('a withdrawn notice is not reminded of', async () => {
  const id = (await t.ok(P.head1, 'notice', 'post', postInput())).noticeId
  await t.ok(P.head1, 'notice', 'withdraw', { noticeId: id })
  await expectRefused(t, 'CONFLICT', () =>
    t.call(P.head1, 'notice', 'remind', { noticeId: id, buildingId: 'bd-xinan-1' }),
  )
})

test('managed: staff see every notice; a head theirs and those reaching their buildings; newest first', async () => {
  const staff = await t.ok(P.staff, 'notice', 'managed', {})
  expect(staff.total).toBe(5)
  const head2 = await t.ok(P.head2, 'notice', 'managed', {})
  expect(head2.items.map((n) => n.noticeId)).toEqual(['nt-xinan-water', 'nt-xinan-meeting', 'nt-xinan-flu'])
  expect(head2.items.find((n) => n.noticeId === 'nt-xinan-flu')?.expired).toBe(true)
  const mine = await t.ok(P.head2, 'notice', 'managed', { mineOnly: true })
  expect(mine.items.map((n) => [n.noticeId, n.mine])).toEqual([['nt-xinan-meeting', true]])
})

test('only the author or staff withdraw', async () => {
  await expectRefused(t, 'FORBIDDEN', () =>
    t.call(P.head1, 'notice', 'withdraw', { noticeId: 'nt-xinan-water' }),
  )
  await t.ok(P.staff, 'notice', 'withdraw', { noticeId: 'nt-xinan-corridor' })
  expect((await t.ok(P.staff, 'notice', 'withdraw', { noticeId: 'nt-xinan-corridor' })).status).toBe(
    'withdrawn',
  )
  expect(audits(t, 'notice.withdraw')).toHaveLength(1)
})
