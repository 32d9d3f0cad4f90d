import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.get: the public station profile', () => {
  test('anyone who opened the station reads name, address, hours, services, rooms and the team with its sides', async () => {
    const profile = await t.ok(P.guest, 'station', 'get', {})
    expect(profile).toMatchObject({
      stationId: XINAN,
      code: 'xinan',
      name: '馨安公寓红旗驿站',
      community: '长河社区',
    })
    expect(profile.services).toContain('义诊')
    expect(profile.rooms.map((r) => r.name)).toEqual(['议事厅', '调解室', '共享书屋'])
    expect(profile.team.map((s) => [s.post, s.side, s.title])).toEqual([
      ['stationHead', 'partyBranch', '站长 · 小区党支部书记'],
      ['deputyHead', 'ownersCommittee', '副站长 · 业委会主任'],
      ['deputyHead', 'propertyCompany', '副站长 · 物业项目经理'],
      ['member', 'community', '社区网格员'],
    ])
  })

  test('the station comes from the call: the same person reads another station by naming it', async () => {
    expect((await t.ok(P.staff, 'station', 'get', {}, { stationId: OTHER })).name).toBe('别的小区驿站')
  })

  test('a call naming no station is INVALID_INPUT on stationId', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'get', {}, { stationId: '' }),
      'stationId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'get', {}, { stationId: 's=xinan' }),
      'stationId',
    )
  })

  test('a station that does not exist is NOT_FOUND', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.guest, 'station', 'get', {}, { stationId: 'st-nowhere' }),
    )
  })
})
