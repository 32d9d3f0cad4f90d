import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.listRooms: choosing my home', () => {
  test('a guest sees the rooms of one unit, lowest floor first', async () => {
    const { items } = await t.ok(P.guest, 'station', 'listRooms', { buildingId: 'bd-xinan-1', unit: 1 })
    expect(items).toHaveLength(22)
    expect(items.slice(0, 3)).toEqual([
      { householdId: 'hh-xinan-1-1-101', room: '101', floor: 1 },
      { householdId: 'hh-xinan-1-1-102', room: '102', floor: 1 },
      { householdId: 'hh-xinan-1-1-201', room: '201', floor: 2 },
    ])
    expect(items.map((r) => r.floor)).toEqual([...items.map((r) => r.floor)].sort((a, b) => a - b))
  })

  test('rooms say nothing about who lives there', async () => {
    const { items } = await t.ok(P.guest, 'station', 'listRooms', { buildingId: 'bd-xinan-1', unit: 1 })
    for (const room of items) expect(Object.keys(room).sort()).toEqual(['floor', 'householdId', 'room'])
  })

  test('a unit the building does not have is an empty list', async () => {
    expect(await t.ok(P.guest, 'station', 'listRooms', { buildingId: 'bd-xinan-1', unit: 9 })).toEqual({
      items: [],
    })
  })

  test('a building that does not exist here (or exists at another station) is INVALID_INPUT on buildingId', async () => {
    for (const buildingId of ['bd-nowhere', 'bd-other-1'])
      await expectRefused(
        t,
        'INVALID_INPUT',
        () => t.call(P.guest, 'station', 'listRooms', { buildingId, unit: 1 }),
        'buildingId',
      )
  })

  test.each([
    ['unit', { buildingId: 'bd-xinan-1', unit: 0 }],
    ['unit', { buildingId: 'bd-xinan-1', unit: 1.5 }],
    ['unit', { buildingId: 'bd-xinan-1', unit: '1' }],
    ['unit', { buildingId: 'bd-xinan-1', unit: 31 }],
    ['buildingId', { buildingId: '', unit: 1 }],
    ['buildingId', { buildingId: '1栋', unit: 1 }],
    ['buildingId', { unit: 1 }],
  ])('bad %s is INVALID_INPUT', async (field, input) => {
    await expectRefused(t, 'INVALID_INPUT', () => t.call(P.guest, 'station', 'listRooms', input), field)
  })
})
