import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused, memberDoc, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const RES3 = 'mb-xa-res3' // 林大伟, verified, 2栋

describe('station.grantRole: 站长 and 副站长 grant station-scoped roles', () => {
  test('a 楼长 for a set of buildings, leading a 旗手团队: the person sees it in me', async () => {
    const row = await t.ok(P.staff, 'station', 'grantRole', {
      memberId: RES3,
      role: 'buildingHead',
      headOf: ['bd-xinan-5', 'bd-xinan-6', 'bd-xinan-5'],
      flagTeam: '第三旗手团队',
    })
    expect(row).toMatchObject({
      memberId: RES3,
      roles: ['buildingHead'],
      headOf: ['bd-xinan-5', 'bd-xinan-6'],
    })
    const me = await t.ok('demo-resident3', 'station', 'me', {})
    expect(me.member).toMatchObject({
      flagTeam: '第三旗手团队',
      headOf: [
        { buildingId: 'bd-xinan-5', name: '5栋' },
        { buildingId: 'bd-xinan-6', name: '6栋' },
      ],
    })
    expect(me.permissions.canVerify).toBe(true)
  })

  test('the new 楼长 at once verifies in their buildings', async () => {
    await t.ok(P.staff, 'station', 'grantRole', {
      memberId: RES3,
      role: 'buildingHead',
      headOf: ['bd-xinan-3'],
    })
    expect((await t.ok('demo-resident3', 'station', 'verifyQueue', {})).items.map((m) => m.name)).toEqual([
      '郑浩',
    ])
  })

  test('every grant is audited: who granted what to whom', async () => {
    await t.ok(P.deputy, 'station', 'grantRole', {
      memberId: RES3,
      role: 'buildingHead',
      headOf: ['bd-xinan-5'],
      flagTeam: '第三旗手团队',
    })
    await t.ok(P.staff, 'station', 'grantRole', {
      memberId: 'mb-xa-res2',
      role: 'sideRep',
      side: 'community',
    })
    expect(audits(t, 'station.grantRole')).toEqual([
      expect.objectContaining({
        actorName: '周敏',
        targetId: RES3,
        summary: '授予 林大伟 楼长（5栋，第三旗手团队）',
      }),
      expect.objectContaining({
        actorName: '李建华',
        targetId: 'mb-xa-res2',
        summary: '授予 陈小红 社区代表',
      }),
    ])
  })

  test('a 三方 representative speaks for one side', async () => {
    const row = await t.ok(P.staff, 'station', 'grantRole', {
      memberId: 'mb-xa-res2',
      role: 'sideRep',
      side: 'propertyCompany',
    })
    expect(row).toMatchObject({ roles: ['sideRep'], side: 'propertyCompany' })
  })

  test('granting a role twice keeps it once', async () => {
    await t.ok(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'staff' })
    await t.ok(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'staff' })
    expect(memberDoc(t, RES3).roles).toEqual(['staff'])
  })

  test('only a 站长 makes another 站长 or 副站长: a 副站长 is FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.deputy, 'station', 'grantRole', { memberId: RES3, role: 'stationHead' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.deputy, 'station', 'grantRole', { memberId: RES3, role: 'deputyHead' }),
    )
    expect(
      (await t.ok(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'deputyHead' })).roles,
    ).toEqual(['deputyHead'])
  })

  test('staff who are not 站长/副站长, building heads and residents are FORBIDDEN', async () => {
    await t.ok(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-vol1', role: 'staff' })
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.volunteer, 'station', 'grantRole', { memberId: RES3, role: 'staff' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'grantRole', {
        memberId: RES3,
        role: 'buildingHead',
        headOf: ['bd-xinan-1'],
      }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'grantRole', { memberId: 'mb-xa-res1', role: 'stationHead' }),
    )
  })

  test('a 楼长 needs buildings of this station; a 三方代表 needs a side (INVALID_INPUT naming the field)', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'buildingHead' }),
      'headOf',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.staff, 'station', 'grantRole', {
          memberId: RES3,
          role: 'buildingHead',
          headOf: ['bd-nowhere'],
        }),
      'headOf',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.staff, 'station', 'grantRole', {
          memberId: RES3,
          role: 'buildingHead',
          headOf: ['bd-xinan-1', 'bd-other-1'],
        }),
      'headOf',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'sideRep' }),
      'side',
    )
  })

  test('roles go to verified residents only: pending, rejected and offline people are INVALID_INPUT on memberId', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-pend1', role: 'staff' }),
      'memberId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-rej', role: 'staff' }),
      'memberId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-elder', role: 'staff' }),
      'memberId',
    )
  })

  test('someone who moved out, or belongs to another station, is NOT_FOUND', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'grantRole', { memberId: 'mb-xa-res1', role: 'staff' }),
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'grantRole', { memberId: 'mb-ot-res', role: 'staff' }),
    )
  })

  test('an unknown role or side is INVALID_INPUT', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'mayor' }),
      'role',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'sideRep', side: 'police' }),
      'side',
    )
  })
})

describe('station.grantRole: volunteering roles, each scoped', () => {
  test('an 活动组织者 for volunteer teams: runs those teams’ activities at once, not others’; audited', async () => {
    const row = await t.ok(P.staff, 'station', 'grantRole', {
      memberId: RES3,
      role: 'organiser',
      teams: ['vt-xinan-party', 'vt-xinan-party'],
    })
    expect(row).toMatchObject({ roles: ['organiser'], organiserOf: ['vt-xinan-party'] })
    const managed = await t.ok('demo-resident3', 'volunteer', 'managedActivities', { limit: 100 })
    expect(managed.items.length).toBeGreaterThan(0)
    expect(managed.items.every((a) => a.teamId === 'vt-xinan-party')).toBe(true)
    expect(audits(t, 'station.grantRole').at(-1)?.summary).toBe('授予 林大伟 活动组织者（党员志愿服务队）')
  })

  test('a 商家 for one provider: verifies that provider’s vouchers only', async () => {
    const row = await t.ok(P.staff, 'station', 'grantRole', {
      memberId: RES3,
      role: 'merchant',
      provider: '馨安驿站',
    })
    expect(row).toMatchObject({ roles: ['merchant'], merchantOf: '馨安驿站' })
    const list = await t.ok('demo-resident3', 'volunteer', 'manageRewards', {})
    expect(list.items.map((r) => r.provider)).toEqual(['馨安驿站'])
    expect(audits(t, 'station.grantRole').at(-1)?.summary).toBe('授予 林大伟 商家（馨安驿站）')
  })

  test('an organiser needs teams of this station; a merchant needs a provider (INVALID_INPUT naming the field)', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'organiser' }),
      'teams',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'organiser', teams: ['vt-other-1'] }),
      'teams',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'grantRole', { memberId: RES3, role: 'merchant' }),
      'provider',
    )
  })

  test('building heads and residents cannot grant them', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'grantRole', {
        memberId: RES3,
        role: 'organiser',
        teams: ['vt-xinan-party'],
      }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'grantRole', { memberId: RES3, role: 'merchant', provider: '馨安驿站' }),
    )
  })
})
