import { effectiveRoles } from '../../../cloudfunctions/_kernel/roles'
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
})
