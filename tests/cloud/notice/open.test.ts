/**
 * notice.open and notice.list: a verified resident it was posted to is counted once per person
 * (50 opens at once → one read), a second person of the household joins the household's read, a
 * stand-in's read for an elder counts for the elder and says so, guests and waiting registrations
 * read without counting (each counted once as a visitor), and a resident's list is their notices
 * only: pinned first, then unread, expired and withdrawn gone.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { errorOf, expectRefused } from '../support/helpers'
import { figures, notice, noticeCloud, postInput, readsOf, recount } from './support'

jest.setTimeout(60_000)

let t: TestCloud
beforeEach(async () => {
  t = await noticeCloud()
})
afterEach(() => t.stop())

const post = async (extra: Record<string, unknown> = {}, as: string = P.head1) =>
  (await t.ok(as, 'notice', 'post', postInput(extra))).noticeId

describe('reads', () => {
  test('50 opens at once by one resident count one read, and every one is answered', async () => {
    const id = await post()
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => t.call(P.resident, 'notice', 'open', { noticeId: id })),
    )
    for (const a of answers) if (!a.ok) throw new Error(`${a.error.code} ${a.error.message}`)
    const [read] = readsOf(t, id).filter((r) => r.householdId === 'hh-xinan-1-1-301')
    expect(read.readers.map((r) => r.memberId)).toEqual(['mb-xa-res1'])
    const stats = await figures(t, P.head1, id)
    expect(stats['bd-xinan-1'].read).toBe(2) // the author's household and 刘阿姨's
    expect(stats).toEqual(recount(t, id))
    expect(answers.every((a) => a.ok && a.data.readState.counted)).toBe(true)
  })

  test('a second person of the same household reads once more, the household counts once', async () => {
    const id = await post({ target: { buildings: [{ buildingId: 'bd-xinan-1', units: [2] }] } }, P.staff)
    await t.ok(P.proxy, 'notice', 'open', { noticeId: id }) // 王建国, 1栋2单元101
    const [before] = readsOf(t, id)
    expect(before.readers).toHaveLength(1)
    // His mother 王奶奶 lives there too (no phone): he reads it for her, acting as her stand-in.
    const forHer = await t.ok(P.proxy, 'notice', 'open', { noticeId: id }, { onBehalfOf: 'mb-xa-elder' })
    expect(forHer.readState).toMatchObject({ counted: true, byName: '王建国' })
    const [after] = readsOf(t, id)
    expect(after.readers.map((r) => [r.name, r.byName])).toEqual([
      ['王建国', null],
      ['王奶奶', '王建国'],
    ])
    expect((await figures(t, P.staff, id))['bd-xinan-1']).toMatchObject({ targeted: 2, read: 1 })
    const read = await t.ok(P.staff, 'notice', 'households', {
      noticeId: id,
      buildingId: 'bd-xinan-1',
      state: 'read',
    })
    expect(read.items[0].readers.find((r) => r.byName)).toMatchObject({ name: '王**', byName: '王建国' })
  })

  test('an elder whose stand-in reads for them counts as read, visibly (由王建国代读)', async () => {
    // 王奶奶 and 王建国 share a household in the demo; here the stand-in's read is the only one.
    const id = await post({ target: { buildings: [{ buildingId: 'bd-xinan-1', units: [2] }] } }, P.staff)
    const view = await t.ok(P.proxy, 'notice', 'open', { noticeId: id }, { onBehalfOf: 'mb-xa-elder' })
    expect(view.readState.byName).toBe('王建国')
    const [read] = readsOf(t, id)
    expect(read.readers).toEqual([expect.objectContaining({ memberId: 'mb-xa-elder', byName: '王建国' })])
    expect((await figures(t, P.staff, id))['bd-xinan-1'].read).toBe(1)
  })

  test('someone registered after the notice was posted joins the figures as they read it', async () => {
    const id = await post() // 1栋
    // 赵磊 (demo-pending, 1栋1单元602) waits; as a waiting registration his open does not count.
    const pending = await t.ok(P.pending, 'notice', 'open', { noticeId: id })
    expect(pending.viewer).toBe('pending')
    expect(pending.readState.counted).toBe(false)
    expect(pending.readState.note).toMatch(/审核/)
    await t.ok(P.head1, 'station', 'verify', { memberId: 'mb-xa-pend1', decision: 'approve' })
    const before = (await figures(t, P.head1, id))['bd-xinan-1']
    await t.ok(P.pending, 'notice', 'open', { noticeId: id })
    const after = (await figures(t, P.head1, id))['bd-xinan-1']
    expect(after.targeted).toBe(before.targeted + 1)
    expect(after.read).toBe(before.read + 1)
    expect(await figures(t, P.head1, id)).toEqual(recount(t, id))
    const read = await t.ok(P.head1, 'notice', 'households', {
      noticeId: id,
      buildingId: 'bd-xinan-1',
      state: 'read',
    })
    expect(read.items.find((h) => h.householdId === 'hh-xinan-1-1-602')?.late).toBe(true)
  })

  test('a guest opening a shared card reads it, is invited to register, and counts once as a visitor', async () => {
    const id = await post()
    for (let i = 0; i < 3; i++) {
      const view = await t.ok(P.guest, 'notice', 'open', { noticeId: id })
      expect(view).toMatchObject({ viewer: 'guest', title: '本周六电梯检修' })
      expect(view.readState).toMatchObject({ counted: false })
      expect(view.readState.note).toMatch(/登记/)
    }
    const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: id })
    expect(stats.guests).toBe(1)
    expect(stats.total.read).toBe(1) // only the author's household
    // Once the guest registers into a household of the target and is verified, their open counts.
    await t.ok(P.guest, 'station', 'register', {
      householdId: 'hh-xinan-1-1-1001',
      relation: 'owner',
      name: '新邻居',
      phone: '13912345678',
    })
    const [newcomer] = t.cloud.db.find('members', { openid: P.guest }) as { _id: string }[]
    await t.ok(P.head1, 'station', 'verify', { memberId: newcomer._id, decision: 'approve' })
    const counted = await t.ok(P.guest, 'notice', 'open', { noticeId: id })
    expect(counted).toMatchObject({ viewer: 'resident', readState: { counted: true } })
    expect((await t.ok(P.head1, 'notice', 'readStats', { noticeId: id })).total.read).toBe(2)
  })

  test('no WeChat identity at all cannot open anything', async () => {
    const id = await post()
    expect(errorOf(await t.call(null, 'notice', 'open', { noticeId: id })).code).toBe('UNAUTHENTICATED')
  })
})

describe('what a resident sees', () => {
  test('my list: pinned first, then unread, then newest; expired and withdrawn are gone', async () => {
    const list = await t.ok(P.resident, 'notice', 'list', {})
    // Demo: the pinned station-wide water notice, 张桂兰's corridor notice (1栋); the flu notice expired.
    expect(list.items.map((n) => n.noticeId)).toEqual(['nt-xinan-water', 'nt-xinan-corridor'])
    expect(list.items.every((n) => n.read)).toBe(true)
    const fresh = await post()
    const older = await post({ title: '较早的通知' })
    const after = await t.ok(P.resident, 'notice', 'list', {})
    expect(after.items.map((n) => n.noticeId)).toEqual(['nt-xinan-water', older, fresh, 'nt-xinan-corridor'])
    expect(after.unread).toBe(2)
    await t.ok(P.resident, 'notice', 'open', { noticeId: older })
    const reordered = await t.ok(P.resident, 'notice', 'list', {})
    expect(reordered.items.map((n) => n.noticeId)).toEqual([
      'nt-xinan-water',
      fresh,
      older,
      'nt-xinan-corridor',
    ])
    expect(
      (await t.ok(P.resident, 'notice', 'list', { unreadOnly: true })).items.map((n) => n.noticeId),
    ).toEqual([fresh])
    await t.ok(P.head1, 'notice', 'withdraw', { noticeId: fresh })
    expect((await t.ok(P.resident, 'notice', 'list', {})).items.map((n) => n.noticeId)).not.toContain(fresh)
    await expectRefused(t, 'NOT_FOUND', () => t.call(P.resident, 'notice', 'open', { noticeId: fresh }))
    // The author still sees it, withdrawn.
    expect((await t.ok(P.head1, 'notice', 'open', { noticeId: fresh })).withdrawn).toBe(true)
  })

  test('a notice past its last day leaves the list but still opens from a card, marked expired', async () => {
    const view = await t.ok(P.resident, 'notice', 'open', { noticeId: 'nt-xinan-flu' })
    expect(view.expired).toBe(true)
    expect((await t.ok(P.resident, 'notice', 'list', {})).items.map((n) => n.noticeId)).not.toContain(
      'nt-xinan-flu',
    )
  })

  test('the list pages', async () => {
    for (let i = 0; i < 4; i++) await post({ title: `通知${i}` })
    const first = await t.ok(P.resident, 'notice', 'list', { limit: 2 })
    const second = await t.ok(P.resident, 'notice', 'list', { skip: 2, limit: 2 })
    const third = await t.ok(P.resident, 'notice', 'list', { skip: 4, limit: 2 })
    expect(first).toMatchObject({ total: 6, hasMore: true })
    expect(third.hasMore).toBe(false)
    const ids = [...first.items, ...second.items, ...third.items].map((n) => n.noticeId)
    expect(new Set(ids).size).toBe(6)
  })

  test('a stand-in sees the list of the person they act for, and reads count for them', async () => {
    const list = await t.ok(P.proxy, 'notice', 'list', {}, { onBehalfOf: 'mb-xa-elder' })
    // 王奶奶's water notice was read for her in the demo; the 1栋2单元 fee notice was not.
    expect(list.items.find((n) => n.noticeId === 'nt-xinan-water')?.read).toBe(true)
    expect(list.items.find((n) => n.noticeId === 'nt-xinan-lift-fund')?.read).toBe(false)
  })

  test('opening a notice shows its body, who posted it and the card to share', async () => {
    const view = await t.ok(P.resident, 'notice', 'open', { noticeId: 'nt-xinan-water' })
    expect(view).toMatchObject({
      authorName: '李建华',
      authorTitle: '站长',
      targetLabel: '全体住户',
      category: 'outage',
      urgency: 'urgent',
      pinned: true,
      canManage: false,
      share: {
        path: '/packages/notice/detail/index?s=xinan&id=nt-xinan-water',
        title: '【停水停电】周日8:00-14:00全小区停水',
      },
    })
    expect(view.body).toContain('储水')
  })
})

describe('group chats', () => {
  test('a card opened in a bound group counts who opened it from there, once each', async () => {
    const id = await post()
    const view = await t.ok(P.resident, 'notice', 'open', {
      noticeId: id,
      groupCloudID: 'local-group:xinan-1',
    })
    expect(view.group).toEqual({
      status: 'bound',
      groupId: 'ng-xinan-1',
      name: '1栋邻里群',
      buildingName: '1栋',
    })
    await t.ok(P.resident, 'notice', 'open', { noticeId: id, groupCloudID: 'local-group:xinan-1' })
    await t.ok(P.guest, 'notice', 'open', { noticeId: id, groupCloudID: 'local-group:xinan-1' })
    await t.ok(P.resident2, 'notice', 'open', { noticeId: id }) // not from the group
    const stats = await t.ok(P.head1, 'notice', 'readStats', { noticeId: id })
    expect(stats.groups).toEqual([
      { groupId: 'ng-xinan-1', name: '1栋邻里群', buildingName: '1栋', opens: 2 },
    ])
  })

  test('in a group not bound yet, a building head is offered their buildings; a resident is told nothing', async () => {
    const id = await post()
    const head = await t.ok(P.head1, 'notice', 'open', {
      noticeId: id,
      groupCloudID: 'local-group:new-group',
    })
    expect(head.group).toEqual({
      status: 'unbound',
      buildings: [
        { buildingId: 'bd-xinan-1', name: '1栋' },
        { buildingId: 'bd-xinan-2', name: '2栋' },
      ],
    })
    const resident = await t.ok(P.resident, 'notice', 'open', {
      noticeId: id,
      groupCloudID: 'local-group:new-group',
    })
    expect(resident.group).toBeNull()
  })

  test('a card whose group cannot be told still opens the notice', async () => {
    const id = await post()
    const view = await t.ok(P.resident, 'notice', 'open', { noticeId: id, groupCloudID: 'forged-cloud-id' })
    expect(view.group).toBeNull()
    expect(view.readState.counted).toBe(true)
  })
})

test('the demo: the water notice was read by some households, 王奶奶 through her son', async () => {
  const stats = await figures(t, P.staff, 'nt-xinan-water')
  expect(stats).toEqual(recount(t, 'nt-xinan-water'))
  const b1 = await t.ok(P.staff, 'notice', 'households', {
    noticeId: 'nt-xinan-water',
    buildingId: 'bd-xinan-1',
    state: 'read',
  })
  expect(b1.items.find((h) => h.householdId === 'hh-xinan-1-2-101')?.readers).toEqual([
    expect.objectContaining({ name: '王**', byName: '王建国' }),
  ])
  expect(notice(t, 'nt-xinan-water').pinned).toBe(true)
})

describe('acting for someone (代办)', () => {
  const as = { onBehalfOf: 'mb-xa-elder' }
  const corridor = { noticeId: 'nt-xinan-corridor' }

  test('a stand-in may open and list notices for the person they act for, and nothing else', async () => {
    expect((await t.call(P.proxy, 'notice', 'open', corridor, as)).ok).toBe(true)
    expect((await t.call(P.proxy, 'notice', 'list', {}, as)).ok).toBe(true)
    for (const action of ['subscriptions', 'managed', 'groups'] as const)
      expect(errorOf(await t.call(P.proxy, 'notice', action, {}, as)).code).toBe('FORBIDDEN')
    expect(errorOf(await t.call(P.proxy, 'notice', 'post', postInput(), as)).code).toBe('FORBIDDEN')
  })

  test('someone with no stand-in link cannot read as the elder', async () => {
    expect(errorOf(await t.call(P.resident, 'notice', 'open', corridor, as)).code).toBe('FORBIDDEN')
  })
})
