import { coversBuilding, effectiveRoles, permissionsOf } from '../../../cloudfunctions/_kernel/roles'
import { member } from '../../../localcloud/seed/build'

const now = new Date('2026-11-01T00:00:00Z')
const household = {
  _id: 'h1',
  stationId: 's',
  buildingId: 'b1',
  unit: 1,
  room: '101',
  floor: 1,
  createdAt: now,
}

describe('roles follow from the member record', () => {
  test('a pending registration has no roles at all, whatever it claims', () => {
    const m = member(
      's',
      {
        id: 'm',
        openid: 'o',
        name: 'x',
        phone: '',
        household,
        status: 'pending',
        roles: ['stationHead'],
        isVolunteer: true,
      },
      now,
    )
    expect([...effectiveRoles(m)]).toEqual([])
  })

  test('a verified resident who volunteers is resident and volunteer', () => {
    const m = member('s', { id: 'm', openid: 'o', name: 'x', phone: '', household, isVolunteer: true }, now)
    expect([...effectiveRoles(m)].sort()).toEqual(['resident', 'volunteer'])
  })

  test('a building head covers only the buildings they head; staff cover all', () => {
    const head = member(
      's',
      { id: 'm', openid: 'o', name: 'x', phone: '', roles: ['buildingHead'], headOf: ['b1'] },
      now,
    )
    expect(coversBuilding(head, effectiveRoles(head), 'b1')).toBe(true)
    expect(coversBuilding(head, effectiveRoles(head), 'b2')).toBe(false)
    expect(coversBuilding(head, effectiveRoles(head), null)).toBe(false)
    const staff = member('s', { id: 'n', openid: 'p', name: 'y', phone: '', roles: ['staff'] }, now)
    expect(coversBuilding(staff, effectiveRoles(staff), 'b9')).toBe(true)
  })

  test('only 站长 and 副站长 manage roles; building heads verify but do not export', () => {
    expect(permissionsOf(new Set(['deputyHead'])).canManageRoles).toBe(true)
    expect(permissionsOf(new Set(['staff'])).canManageRoles).toBe(false)
    expect(permissionsOf(new Set(['buildingHead']))).toEqual({
      isStaff: false,
      canVerify: true,
      canManageRoles: false,
      canSeeDirectory: true,
      canExport: false,
    })
  })
})
