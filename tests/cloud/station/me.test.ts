import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { audits, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.me: who I am at this station', () => {
  test('a guest is nobody here: no member, no roles, no permissions', async () => {
    const me = await t.ok(P.guest, 'station', 'me', {})
    expect(me).toEqual({
      stationId: XINAN,
      member: null,
      roles: [],
      actingFor: null,
      phoneOnFile: null,
      permissions: {
        isStaff: false,
        canVerify: false,
        canManageRoles: false,
        canSeeDirectory: false,
        canExport: false,
        buildings: { all: false, buildingIds: [] },
      },
    })
  })

  test('a pending resident sees their registration and status, but holds no roles until verified', async () => {
    const me = await t.ok(P.pending, 'station', 'me', {})
    expect(me.member).toMatchObject({
      memberId: 'mb-xa-pend1',
      status: 'pending',
      relation: 'tenant',
      verifiedAt: null,
    })
    expect(me.member!.household!.label).toBe('1栋1单元602')
    expect(me.roles).toEqual([])
    expect(me.permissions.canVerify).toBe(false)
  })

  test('a rejected resident reads the reason', async () => {
    const me = await t.ok(P.rejected, 'station', 'me', {})
    expect(me.member).toMatchObject({
      status: 'rejected',
      rejectReason: '房号与产权登记不符，请核对后重新登记',
    })
  })

  test('a verified resident is a resident, with the phone masked', async () => {
    const me = await t.ok(P.resident, 'station', 'me', {})
    expect(me.roles).toEqual(['resident'])
    expect(me.member!.phoneMasked).toBe('139****0006')
    expect(JSON.stringify(me)).not.toContain('13905710006')
  })

  test('the 站长 is staff and manages roles; a 楼长 verifies and sees the directory but is not staff', async () => {
    const head = await t.ok(P.staff, 'station', 'me', {})
    expect(head.roles).toEqual(expect.arrayContaining(['stationHead', 'resident', 'partyMember']))
    expect(head.permissions).toEqual({
      isStaff: true,
      canVerify: true,
      canManageRoles: true,
      canSeeDirectory: true,
      canExport: true,
      buildings: { all: true },
    })
    const buildingHead = await t.ok(P.head2, 'station', 'me', {})
    expect(buildingHead.member!.headOf).toEqual([
      { buildingId: 'bd-xinan-3', name: '3栋' },
      { buildingId: 'bd-xinan-4', name: '4栋' },
    ])
    expect(buildingHead.permissions).toEqual({
      isStaff: false,
      canVerify: true,
      canManageRoles: false,
      canSeeDirectory: true,
      canExport: false,
      buildings: { all: false, buildingIds: ['bd-xinan-3', 'bd-xinan-4'] },
    })
  })

  test('a 三方 representative carries their side', async () => {
    const me = await t.ok(P.property, 'station', 'me', {})
    expect(me.member).toMatchObject({ side: 'propertyCompany', household: null })
    expect(me.roles).toEqual(expect.arrayContaining(['deputyHead', 'sideRep']))
  })

  test('reading who I am writes nothing (no audit for plain reads)', async () => {
    const before = t.snapshot()
    await t.ok(P.resident, 'station', 'me', {})
    expect(t.snapshot()).toBe(before)
    expect(audits(t, 'proxy.call')).toHaveLength(0)
  })

  test('a number WeChat verified for me at another station is on file here (masked), so registering reuses it', async () => {
    const here = await t.ok(P.resident, 'station', 'me', {})
    expect(here.phoneOnFile).toBe('139****0006')
    const elsewhere = await t.ok(P.resident, 'station', 'me', {}, { stationId: OTHER })
    expect(elsewhere.member).toBeNull()
    expect(elsewhere.phoneOnFile).toBe('139****0006')
    expect((await t.ok(P.proxy, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' })).phoneOnFile).toBeNull()
  })
})
