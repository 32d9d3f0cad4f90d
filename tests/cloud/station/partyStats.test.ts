import { binhuSeed, BINHU_CLAIMED, BINHU_ID, BINHU_REPORTED } from '../../../localcloud/seed/binhu'
import type { TestCloud } from '../support/cloud'
import { NOW, P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

// Seeds the community-scale station: 3,853 members and their reports.
jest.setTimeout(30_000)

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.partyStats: reported party members and claimed posts, per building and per post', () => {
  test('馨安: 3 reported, 2 holding a post, counted per building and per post', async () => {
    const stats = await t.ok(P.staff, 'station', 'partyStats', {})
    expect([stats.reported, stats.claimed]).toEqual([3, 2])
    expect(stats.byBuilding).toEqual([
      { buildingId: 'bd-xinan-1', name: '1栋', reported: 2, claimed: 2 },
      { buildingId: 'bd-xinan-3', name: '3栋', reported: 1, claimed: 0 },
    ])
    expect(stats.byPost).toEqual(
      expect.arrayContaining([
        { postId: 'sp-xinan-1', name: '楼栋联络员', claimed: 1 },
        { postId: 'sp-xinan-3', name: '政策宣讲', claimed: 1 },
      ]),
    )
    expect(stats.byPost).toHaveLength(2)
  })

  test('the community-scale seed gives the reported figures: 3,853 reported, 1,216 posts claimed', async () => {
    await t.seed(binhuSeed(NOW))
    const stats = await t.ok('demo-binhu-head', 'station', 'partyStats', {}, { stationId: BINHU_ID })
    expect([stats.reported, stats.claimed]).toEqual([BINHU_REPORTED, BINHU_CLAIMED])
    expect([BINHU_REPORTED, BINHU_CLAIMED]).toEqual([3853, 1216])
    expect(stats.byBuilding.reduce((n, b) => n + b.reported, 0)).toBe(3853)
    expect(stats.byBuilding.reduce((n, b) => n + b.claimed, 0)).toBe(1216)
    expect(stats.byPost.reduce((n, p) => n + p.claimed, 0)).toBe(1216)
    expect(stats.byPost).toHaveLength(8)
  })

  test('building heads and residents are FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'partyStats', {}))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.party, 'station', 'partyStats', {}))
  })
})
