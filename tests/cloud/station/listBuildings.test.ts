import type { TestCloud } from '../support/cloud'
import { OTHER, P } from '../support/fixtures'
import { seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.listBuildings: the building picker', () => {
  test('anyone who opened the station sees its buildings in order with their household counts', async () => {
    const { items } = await t.ok(P.guest, 'station', 'listBuildings', {})
    expect(items.map((b) => [b.buildingId, b.name, b.units, b.householdCount])).toEqual([
      ['bd-xinan-1', '1栋', 2, 44],
      ['bd-xinan-2', '2栋', 2, 44],
      ['bd-xinan-3', '3栋', 2, 44],
      ['bd-xinan-4', '4栋', 2, 44],
      ['bd-xinan-5', '5栋', 2, 44],
      ['bd-xinan-6', '6栋', 2, 44],
    ])
  })

  test('another station lists only its own', async () => {
    const { items } = await t.ok(P.guest, 'station', 'listBuildings', {}, { stationId: OTHER })
    expect(items).toEqual([{ buildingId: 'bd-other-1', name: '1栋', sort: 1, units: 1, householdCount: 4 }])
  })

  test('"10栋" sorts after "9栋", as people count', async () => {
    await t.ok(P.staff, 'station', 'createBuildings', {
      names: ['10栋', '9栋'],
      units: 1,
      floors: 1,
      roomsPerFloor: 1,
    })
    const { items } = await t.ok(P.guest, 'station', 'listBuildings', {})
    expect(items.slice(-2).map((b) => b.name)).toEqual(['9栋', '10栋'])
  })
})
