import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.searchMembers: staff find a person', () => {
  test('by part of the name, with household and masked phone', async () => {
    const res = await t.ok(P.staff, 'station', 'searchMembers', { q: '阿姨' })
    expect(res.items).toEqual([
      expect.objectContaining({ memberId: 'mb-xa-res1', name: '刘阿姨', phoneMasked: '139****0006' }),
    ])
    expect(res.items[0].household!.label).toBe('1栋1单元301')
    expect(JSON.stringify(res)).not.toContain('13905710006')
  })

  test('without a query: everyone registered (pending, verified, rejected), by name, paged', async () => {
    const all = await t.ok(P.staff, 'station', 'searchMembers', { limit: 100 })
    expect(all.total).toBe(17)
    expect(all.items.map((m) => m.status)).toEqual(
      expect.arrayContaining(['pending', 'verified', 'rejected']),
    )
    const page = await t.ok(P.staff, 'station', 'searchMembers', { limit: 5, skip: 15 })
    expect([page.items.length, page.hasMore]).toEqual([2, false])
  })

  test('people served only through a stand-in, and people who moved out, are not found', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    expect((await t.ok(P.staff, 'station', 'searchMembers', { q: '王奶奶' })).items).toEqual([])
    expect((await t.ok(P.staff, 'station', 'searchMembers', { q: '刘阿姨' })).items).toEqual([])
  })

  test('regular-expression characters are searched literally', async () => {
    expect((await t.ok(P.staff, 'station', 'searchMembers', { q: '.*' })).items).toEqual([])
  })

  test('building heads and residents are FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'searchMembers', { q: '刘' }))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'searchMembers', { q: '刘' }))
  })

  test('a query over 20 characters is INVALID_INPUT on q', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'searchMembers', { q: '名'.repeat(21) }),
      'q',
    )
  })
})
