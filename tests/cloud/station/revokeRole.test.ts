import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { audits, errorOf, expectRefused, memberDoc, membersWhere, seededCloud } from '../support/helpers'

// The race is run on five freshly seeded stations.
jest.setTimeout(30_000)

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const HEAD = 'mb-xa-head' // 李建华, the only 站长
const DEPUTY = 'mb-xa-deputy' // 周敏
const headsNow = () =>
  membersWhere(t, { stationId: XINAN, roles: 'stationHead', status: 'verified' })
    .map((m) => m._id)
    .sort()

describe('station.revokeRole: taking a role away; the last 站长 stays', () => {
  test('revoking 楼长 ends their buildings and team too, and is audited', async () => {
    const row = await t.ok(P.staff, 'station', 'revokeRole', { memberId: 'mb-xa-bh2', role: 'buildingHead' })
    expect(row).toMatchObject({ roles: [], headOf: [] })
    expect(memberDoc(t, 'mb-xa-bh2')).toMatchObject({ roles: [], headOf: [], flagTeam: '' })
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head2, 'station', 'verifyQueue', {}))
    expect(audits(t, 'station.revokeRole')).toEqual([
      expect.objectContaining({
        actorName: '李建华',
        targetId: 'mb-xa-bh2',
        summary: '撤销 王德明 的楼长角色',
      }),
    ])
  })

  test('revoking 三方代表 clears the side; other roles stay', async () => {
    await t.ok(P.staff, 'station', 'revokeRole', { memberId: DEPUTY, role: 'sideRep' })
    expect(memberDoc(t, DEPUTY)).toMatchObject({ roles: ['deputyHead'], side: null })
  })

  test('revoking a role the person does not hold changes nothing and audits nothing', async () => {
    const before = t.snapshot()
    expect(
      (await t.ok(P.staff, 'station', 'revokeRole', { memberId: 'mb-xa-res1', role: 'staff' })).roles,
    ).toEqual([])
    expect(t.snapshot()).toBe(before)
  })

  test('the last 站长 cannot be removed: CONFLICT, nothing written', async () => {
    const error = await expectRefused(t, 'CONFLICT', () =>
      t.call(P.staff, 'station', 'revokeRole', { memberId: HEAD, role: 'stationHead' }),
    )
    expect(error.message).toMatch(/唯一的站长/)
  })

  test('with two 站长 one may step down or be removed, but not the second one after', async () => {
    await t.ok(P.staff, 'station', 'grantRole', { memberId: DEPUTY, role: 'stationHead' })
    await t.ok(P.deputy, 'station', 'revokeRole', { memberId: HEAD, role: 'stationHead' })
    expect(headsNow()).toEqual([DEPUTY])
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.deputy, 'station', 'revokeRole', { memberId: DEPUTY, role: 'stationHead' }),
    )
  })

  test('only a 站长 revokes 站长 or 副站长: a 副站长 is FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.deputy, 'station', 'revokeRole', { memberId: 'mb-xa-property', role: 'deputyHead' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.deputy, 'station', 'revokeRole', { memberId: HEAD, role: 'stationHead' }),
    )
    expect(
      (await t.ok(P.deputy, 'station', 'revokeRole', { memberId: 'mb-xa-bh1', role: 'buildingHead' })).roles,
    ).toEqual([])
  })

  test('two 站长 revoking each other at the same time leave at least one 站长, and each success removed exactly one', async () => {
    for (let round = 0; round < 5; round++) {
      await t.stop()
      t = await seededCloud()
      await t.ok(P.staff, 'station', 'grantRole', { memberId: DEPUTY, role: 'stationHead' })
      const [a, b] = await Promise.all([
        t.call(P.staff, 'station', 'revokeRole', { memberId: DEPUTY, role: 'stationHead' }),
        t.call(P.deputy, 'station', 'revokeRole', { memberId: HEAD, role: 'stationHead' }),
      ])
      const heads = headsNow()
      expect(heads.length).toBeGreaterThanOrEqual(1)
      expect(heads.length).toBe(2 - [a, b].filter((r) => r.ok).length)
      for (const r of [a, b].filter((x) => !x.ok))
        expect(['CONFLICT', 'FORBIDDEN']).toContain(errorOf(r).code)
      expect(audits(t, 'station.revokeRole')).toHaveLength([a, b].filter((r) => r.ok).length)
    }
  })

  test('someone of another station is NOT_FOUND; building heads and residents are FORBIDDEN', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'revokeRole', { memberId: 'mb-ot-staff', role: 'stationHead' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'revokeRole', { memberId: 'mb-xa-bh2', role: 'buildingHead' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'revokeRole', { memberId: HEAD, role: 'stationHead' }),
    )
  })
})

describe('station.revokeRole: volunteering roles', () => {
  test('revoking 活动组织者 ends their teams, and they run nothing more', async () => {
    const row = await t.ok(P.staff, 'station', 'revokeRole', { memberId: 'mb-xa-org', role: 'organiser' })
    expect(row).toMatchObject({ roles: [], organiserOf: [] })
    expect(errorOf(await t.call('demo-organiser', 'volunteer', 'managedActivities', {})).code).toBe(
      'FORBIDDEN',
    )
  })

  test('revoking 商家 ends their provider, and they verify nothing more', async () => {
    const row = await t.ok(P.staff, 'station', 'revokeRole', { memberId: 'mb-xa-merchant', role: 'merchant' })
    expect(row).toMatchObject({ roles: [], merchantOf: null })
    expect(errorOf(await t.call('demo-merchant', 'volunteer', 'verifiedVouchers', {})).code).toBe('FORBIDDEN')
    expect(audits(t, 'station.revokeRole').at(-1)?.summary).toBe('撤销 张师傅 的商家角色')
  })
})
