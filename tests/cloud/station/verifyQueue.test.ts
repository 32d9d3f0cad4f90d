import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const PHONE = /1[3-9]\d{9}/

describe('station.verifyQueue: registrations waiting for me', () => {
  test('a building head sees pending registrations of their buildings only, oldest first', async () => {
    const queue = await t.ok(P.head1, 'station', 'verifyQueue', {})
    expect(queue.items.map((m) => [m.name, m.household?.label])).toEqual([
      ['赵磊', '1栋1单元602'],
      ['钱芳', '2栋1单元401'],
    ])
    expect(queue).toMatchObject({ total: 2, skip: 0, limit: 20, hasMore: false })
    const other = await t.ok(P.head2, 'station', 'verifyQueue', {})
    expect(other.items.map((m) => m.name)).toEqual(['郑浩'])
  })

  test('phones in the queue are masked', async () => {
    const queue = await t.ok(P.head1, 'station', 'verifyQueue', {})
    expect(queue.items[0].phoneMasked).toBe('136****0010')
    expect(JSON.stringify(queue)).not.toMatch(PHONE)
  })

  test('staff see every building, or the one they pick', async () => {
    const all = await t.ok(P.staff, 'station', 'verifyQueue', {})
    expect(all.items.map((m) => m.name).sort()).toEqual(['赵磊', '郑浩', '钱芳'].sort())
    const b3 = await t.ok(P.staff, 'station', 'verifyQueue', { buildingId: 'bd-xinan-3' })
    expect(b3.items.map((m) => m.name)).toEqual(['郑浩'])
  })

  test('a building head asking for a building they do not head is FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head2, 'station', 'verifyQueue', { buildingId: 'bd-xinan-1' }),
    )
  })

  test("a building that is not this station's is NOT_FOUND, even for staff", async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'verifyQueue', { buildingId: 'bd-other-1' }),
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'verifyQueue', { buildingId: 'bd-nowhere' }),
    )
  })

  test('decided registrations are listed by status: the head of 4栋 sees the rejected one with its reason', async () => {
    const rejected = await t.ok(P.head2, 'station', 'verifyQueue', { status: 'rejected' })
    expect(rejected.items).toEqual([
      expect.objectContaining({
        name: '冯军',
        status: 'rejected',
        rejectReason: expect.stringContaining('房号'),
      }),
    ])
  })

  test("a new registration joins the end of the right head's queue", async () => {
    await t.ok(P.guest, 'station', 'register', {
      householdId: 'hh-xinan-2-2-1101',
      relation: 'tenant',
      name: '新租户',
      phone: '13700001111',
    })
    const queue = await t.ok(P.head1, 'station', 'verifyQueue', {})
    expect(queue.items.map((m) => m.name)).toEqual(['赵磊', '钱芳', '新租户'])
    expect((await t.ok(P.head2, 'station', 'verifyQueue', {})).items.map((m) => m.name)).toEqual(['郑浩'])
  })

  test('the queue pages', async () => {
    const page1 = await t.ok(P.staff, 'station', 'verifyQueue', { limit: 2 })
    const page2 = await t.ok(P.staff, 'station', 'verifyQueue', { limit: 2, skip: 2 })
    expect([page1.items.length, page1.hasMore, page2.items.length, page2.hasMore]).toEqual([
      2,
      true,
      1,
      false,
    ])
    expect(new Set([...page1.items, ...page2.items].map((m) => m.memberId)).size).toBe(3)
  })

  test('residents are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'verifyQueue', {}))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'station', 'verifyQueue', {}))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'verifyQueue', {}))
  })

  test.each([
    ['status', { status: 'waiting' }],
    ['limit', { limit: 101 }],
    ['limit', { limit: 0 }],
    ['skip', { skip: -1 }],
    ['buildingId', { buildingId: 'bd xinan' }],
  ])('bad %s is INVALID_INPUT', async (field, input) => {
    await expectRefused(t, 'INVALID_INPUT', () => t.call(P.staff, 'station', 'verifyQueue', input), field)
  })
})
