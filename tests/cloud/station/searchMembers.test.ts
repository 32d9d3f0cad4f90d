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
    // 17 in the station's own seed, and the volunteer domain's organiser and merchant.
    expect(all.total).toBe(19)
    expect(all.items.map((m) => m.status)).toEqual(
      expect.arrayContaining(['pending', 'verified', 'rejected']),
    )
    const page = await t.ok(P.staff, 'station', 'searchMembers', { limit: 5, skip: 15 })
    expect([page.items.length, page.hasMore]).toEqual([4, false])
  })

  test('people served only through a stand-in, and people who moved out, are not found', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    expect((await t.ok(P.staff, 'station', 'searchMembers', { q: '王奶奶' })).items).toEqual([])
    expect((await t.ok(P.staff, 'station', 'searchMembers', { q: '刘阿姨' })).items).toEqual([])
  })

  test.each([['301'], ['1栋301'], ['1-1-301'], ['1栋1单元301室'], ['1号楼1单元301']])(
    'by room, typed as %s',
    async (q) => {
      const res = await t.ok(P.staff, 'station', 'searchMembers', { q })
      expect(res.items.map((m) => m.household?.label)).toContain('1栋1单元301')
      expect(res.items.every((m) => m.household?.room === '301')).toBe(true)
    },
  )

  test('a room in another building or unit finds nobody from 1栋1单元301', async () => {
    for (const q of ['2栋301', '1栋2单元301']) {
      const res = await t.ok(P.staff, 'station', 'searchMembers', { q })
      expect(res.items.map((m) => m.household?.label)).not.toContain('1栋1单元301')
    }
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
