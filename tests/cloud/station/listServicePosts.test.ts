import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.listServicePosts: the posts party members may claim', () => {
  test('members (even pending) see the posts in order with how many hold each', async () => {
    const { items } = await t.ok(P.pending, 'station', 'listServicePosts', {})
    expect(items.map((p) => [p.postId, p.name, p.claimedCount, p.active])).toEqual([
      ['sp-xinan-1', '楼栋联络员', 1, true],
      ['sp-xinan-2', '平安巡逻', 0, true],
      ['sp-xinan-3', '政策宣讲', 1, true],
      ['sp-xinan-4', '环境守护', 0, true],
      ['sp-xinan-5', '邻里帮扶', 0, true],
    ])
  })

  test('a claim shows in the count', async () => {
    await t.ok(P.resident, 'station', 'submitPartyReport', {
      workUnit: '区教育局',
      partyOrg: '机关党支部',
      postId: 'sp-xinan-2',
    })
    const { items } = await t.ok(P.resident, 'station', 'listServicePosts', {})
    expect(items.find((p) => p.postId === 'sp-xinan-2')!.claimedCount).toBe(1)
  })

  test('guests are NOT_MEMBER', async () => {
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'listServicePosts', {}))
  })
})
