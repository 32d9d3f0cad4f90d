import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, count, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.saveServicePost: staff keep the list of service posts', () => {
  test('a new post is listed last, and audited', async () => {
    const post = await t.ok(P.staff, 'station', 'saveServicePost', {
      name: '文明劝导',
      description: '劝导不文明养犬',
    })
    expect(post).toMatchObject({
      name: '文明劝导',
      description: '劝导不文明养犬',
      active: true,
      claimedCount: 0,
    })
    const { items } = await t.ok(P.resident, 'station', 'listServicePosts', {})
    expect(items[items.length - 1].postId).toBe(post.postId)
    expect(audits(t, 'station.saveServicePost')).toEqual([
      expect.objectContaining({
        actorName: '李建华',
        targetId: post.postId,
        summary: '新增服务岗位“文明劝导”',
      }),
    ])
  })

  test('editing keeps the post and its claims; switching it off keeps it listed as inactive', async () => {
    const post = await t.ok(P.deputy, 'station', 'saveServicePost', {
      postId: 'sp-xinan-1',
      name: '楼栋联络员',
      description: '新说明',
      active: false,
    })
    expect(post).toMatchObject({
      postId: 'sp-xinan-1',
      description: '新说明',
      active: false,
      claimedCount: 1,
    })
    expect(audits(t, 'station.saveServicePost')[0].summary).toBe('修改服务岗位“楼栋联络员”（停用）')
  })

  test('saving a post unchanged (a second tap on 保存) answers the same post', async () => {
    const input = {
      postId: 'sp-xinan-2',
      name: '平安巡逻',
      description: '每周一次夜间巡楼，关注消防通道和电瓶车',
      active: true,
    }
    expect(await t.ok(P.staff, 'station', 'saveServicePost', input)).toMatchObject({
      postId: 'sp-xinan-2',
      name: '平安巡逻',
    })
    expect(await t.ok(P.staff, 'station', 'saveServicePost', input)).toMatchObject({
      postId: 'sp-xinan-2',
      name: '平安巡逻',
    })
  })

  test('a switched-off post cannot be newly claimed', async () => {
    await t.ok(P.staff, 'station', 'saveServicePost', {
      postId: 'sp-xinan-2',
      name: '平安巡逻',
      active: false,
    })
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.resident, 'station', 'submitPartyReport', {
          workUnit: '区教育局',
          partyOrg: '机关党支部',
          postId: 'sp-xinan-2',
        }),
      'postId',
    )
  })

  test('two posts cannot share a name: CONFLICT, nothing written', async () => {
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.staff, 'station', 'saveServicePost', { name: '平安巡逻' }),
    )
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.staff, 'station', 'saveServicePost', { postId: 'sp-xinan-1', name: '平安巡逻' }),
    )
  })

  test('a post of another station, or none, is NOT_FOUND and nothing is written', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'saveServicePost', { postId: 'sp-other-1', name: '改名' }),
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'saveServicePost', { postId: 'sp-nowhere', name: '改名' }),
    )
    expect(count(t, 'servicePosts', { name: '改名' })).toBe(0)
  })

  test('building heads and residents are FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'saveServicePost', { name: '新岗位' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'saveServicePost', { name: '新岗位' }),
    )
  })

  test('an empty or too long name, a too long description are INVALID_INPUT', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'saveServicePost', { name: ' ' }),
      'name',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'saveServicePost', { name: '岗'.repeat(21) }),
      'name',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'saveServicePost', { name: '新岗位', description: '说'.repeat(201) }),
      'description',
    )
  })
})
