import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused, memberDoc, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.moveOut: ending a membership without deleting history', () => {
  test('the record stays, with status left and when', async () => {
    const self = await t.ok(P.resident, 'station', 'moveOut', {})
    expect(self).toMatchObject({ memberId: 'mb-xa-res1', status: 'left' })
    expect(memberDoc(t, 'mb-xa-res1')).toMatchObject({
      status: 'left',
      leftAt: expect.any(Date),
      name: '刘阿姨',
      householdId: 'hh-xinan-1-1-301',
      phone: '13905710006',
    })
  })

  test('afterwards the person is no longer a member: me shows nobody, member actions say NOT_MEMBER', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    const me = await t.ok(P.resident, 'station', 'me', {})
    expect([me.member, me.roles]).toEqual([null, []])
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.resident, 'station', 'listServicePosts', {}))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.resident, 'station', 'moveOut', {}))
  })

  test('the household directory no longer lists them, but the audit trail does', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    const dir = await t.ok(P.staff, 'station', 'directory', { buildingId: 'bd-xinan-1', unit: 1, limit: 100 })
    const names = dir.items.flatMap((row) => row.members.map((m) => m.name))
    expect(names).not.toContain('刘阿姨')
    expect(audits(t, 'station.moveOut')).toEqual([
      expect.objectContaining({
        actorId: 'mb-xa-res1',
        actorName: '刘阿姨',
        summary: '刘阿姨 办理迁出（1栋1单元301）',
      }),
    ])
  })

  test('granted roles end with the membership: a building head moving out no longer heads anything', async () => {
    await t.ok(P.head1, 'station', 'moveOut', {})
    expect(memberDoc(t, 'mb-xa-bh1')).toMatchObject({ status: 'left', roles: [], headOf: [] })
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.head1, 'station', 'verifyQueue', {}))
  })

  test('a stand-in moving out gives up acting for others', async () => {
    await t.ok(P.proxy, 'station', 'moveOut', {})
    const [proxy] = t.cloud.db.find('proxies', { _id: 'px-xinan-elder' })
    expect(proxy).toMatchObject({ status: 'revoked', revokedAt: expect.any(Date) })
  })

  test('the last 站长 cannot move out (CONFLICT, nothing written); with a second 站长 they can', async () => {
    const error = await expectRefused(t, 'CONFLICT', () => t.call(P.staff, 'station', 'moveOut', {}))
    expect(error.message).toMatch(/唯一的站长/)
    await t.ok(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-deputy', role: 'stationHead' })
    expect((await t.ok(P.staff, 'station', 'moveOut', {})).status).toBe('left')
    expect((await t.ok(P.deputy, 'station', 'me', {})).permissions.canManageRoles).toBe(true)
  })

  test('a pending registration can be withdrawn the same way', async () => {
    expect((await t.ok(P.pending, 'station', 'moveOut', {})).status).toBe('left')
    const queue = await t.ok(P.head1, 'station', 'verifyQueue', {})
    expect(queue.items.map((m) => m.memberId)).not.toContain('mb-xa-pend1')
  })

  test('a guest has nothing to move out of', async () => {
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'moveOut', {}))
  })
})
