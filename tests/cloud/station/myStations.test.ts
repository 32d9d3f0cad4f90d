import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.myStations: the station switcher lists my own memberships', () => {
  test('a person registered at two stations sees both, each with their status and roles there', async () => {
    const { items } = await t.ok(P.volunteer, 'station', 'myStations', {})
    expect(items.map((s) => [s.stationId, s.status])).toEqual(
      expect.arrayContaining([
        [XINAN, 'verified'],
        [OTHER, 'verified'],
      ]),
    )
    expect(items).toHaveLength(2)
    expect(items.find((s) => s.stationId === XINAN)!.roles).toEqual(
      expect.arrayContaining(['resident', 'volunteer']),
    )
  })

  test('a station card carries only the public card, no member data of the other station', async () => {
    const { items } = await t.ok(P.volunteer, 'station', 'myStations', {})
    const other = items.find((s) => s.stationId === OTHER)!
    expect(Object.keys(other).sort()).toEqual(['address', 'code', 'name', 'roles', 'stationId', 'status'])
  })

  test('a guest belongs nowhere', async () => {
    expect(await t.ok(P.guest, 'station', 'myStations', {})).toEqual({ items: [] })
  })

  test('a pending registration is listed as pending, with no roles yet', async () => {
    const { items } = await t.ok(P.pending, 'station', 'myStations', {})
    expect(items).toEqual([expect.objectContaining({ stationId: XINAN, status: 'pending', roles: [] })])
  })

  test('a membership ended by moving out is no longer listed', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    expect(await t.ok(P.resident, 'station', 'myStations', {})).toEqual({ items: [] })
  })
})
