import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const FULL_PHONE = /1[3-9]\d{9}/

describe('station.directory: households of my buildings, with masked contacts', () => {
  test('a building head sees their first building by default: every household, who lives there and their status', async () => {
    const dir = await t.ok(P.head1, 'station', 'directory', { limit: 100 })
    expect(dir.total).toBe(44)
    expect(dir.items.every((row) => row.household.buildingName === '1栋')).toBe(true)
    const byLabel = new Map(
      dir.items.map((row) => [row.household.label, row.members.map((m) => [m.name, m.status])]),
    )
    expect(byLabel.get('1栋1单元301')).toEqual([['刘阿姨', 'verified']])
    expect(byLabel.get('1栋1单元602')).toEqual([['赵磊', 'pending']])
    expect(byLabel.get('1栋2单元101')).toEqual(
      expect.arrayContaining([
        ['王建国', 'verified'],
        ['王奶奶', 'verified'],
      ]),
    )
    expect(byLabel.get('1栋1单元101')).toEqual([])
  })

  test('contacts are masked (138****1234); no full phone anywhere in the answer', async () => {
    const dir = await t.ok(P.head1, 'station', 'directory', { limit: 100 })
    const liu = dir.items.flatMap((r) => r.members).find((m) => m.name === '刘阿姨')!
    expect(liu.phoneMasked).toBe('139****0006')
    expect(JSON.stringify(dir)).not.toMatch(FULL_PHONE)
  })

  test('households come in unit, floor, room order and page', async () => {
    const first = await t.ok(P.head1, 'station', 'directory', { unit: 2, limit: 3 })
    expect(first.items.map((r) => r.household.label)).toEqual(['1栋2单元101', '1栋2单元102', '1栋2单元201'])
    expect(first).toMatchObject({ total: 22, hasMore: true })
    const next = await t.ok(P.head1, 'station', 'directory', { unit: 2, limit: 3, skip: 3 })
    expect(next.items[0].household.label).toBe('1栋2单元202')
  })

  test("a building head may open their other building, not someone else's (FORBIDDEN)", async () => {
    const b2 = await t.ok(P.head1, 'station', 'directory', { buildingId: 'bd-xinan-2' })
    expect(b2.items[0].household.buildingName).toBe('2栋')
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'directory', { buildingId: 'bd-xinan-3' }),
    )
  })

  test('staff open any building of the station', async () => {
    const b4 = await t.ok(P.staff, 'station', 'directory', { buildingId: 'bd-xinan-4', unit: 2, limit: 100 })
    expect(b4.items.flatMap((r) => r.members).map((m) => [m.name, m.status])).toEqual([['冯军', 'rejected']])
  })

  test('people who moved out are not listed', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    const dir = await t.ok(P.head1, 'station', 'directory', { limit: 100 })
    expect(dir.items.flatMap((r) => r.members).map((m) => m.name)).not.toContain('刘阿姨')
  })

  test('a building of another station is NOT_FOUND for staff and FORBIDDEN for a building head', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'directory', { buildingId: 'bd-other-1' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'directory', { buildingId: 'bd-other-1' }),
    )
  })

  test('residents are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'directory', {}))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'directory', {}))
  })
})
