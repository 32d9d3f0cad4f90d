import { effectiveRoles } from '../../../cloudfunctions/_kernel/roles'
import { permissionsOf } from '../../../cloudfunctions/station/scope'
import { buildingScope, inScope } from '../../../types/station/scope'
import { member } from '../../../localcloud/seed/build'

const now = new Date('2026-11-01T00:00:00Z')

describe('which buildings a person answers for', () => {
  test('a building head covers only the buildings they head; staff cover all', () => {
    const head = member(
      's',
      { id: 'm', openid: 'o', name: 'x', phone: '', roles: ['buildingHead'], headOf: ['b1'] },
      now,
    )
    const headScope = buildingScope(head, effectiveRoles(head))
    expect(inScope(headScope, 'b1')).toBe(true)
    expect(inScope(headScope, 'b2')).toBe(false)
    expect(inScope(headScope, null)).toBe(false)
    const staff = member('s', { id: 'n', openid: 'p', name: 'y', phone: '', roles: ['staff'] }, now)
    expect(inScope(buildingScope(staff, effectiveRoles(staff)), 'b9')).toBe(true)
  })

  test('a headOf list without the building-head role covers nothing (a revoked head)', () => {
    const former = member('s', { id: 'm', openid: 'o', name: 'x', phone: '', headOf: ['b1'] }, now)
    expect(buildingScope(former, effectiveRoles(former))).toEqual({ all: false, buildingIds: [] })
  })

  test('only 站长 and 副站长 manage roles; building heads verify but do not export', () => {
    expect(permissionsOf(null, new Set(['deputyHead'])).canManageRoles).toBe(true)
    expect(permissionsOf(null, new Set(['staff'])).canManageRoles).toBe(false)
    const head = member(
      's',
      { id: 'm', openid: 'o', name: 'x', phone: '', roles: ['buildingHead'], headOf: ['b1', 'b2'] },
      now,
    )
    expect(permissionsOf(head, new Set(['buildingHead']))).toEqual({
      isStaff: false,
      canVerify: true,
      canManageRoles: false,
      canSeeDirectory: true,
      canExport: false,
      buildings: { all: false, buildingIds: ['b1', 'b2'] },
    })
  })
})
