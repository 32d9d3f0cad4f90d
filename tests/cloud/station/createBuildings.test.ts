import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { audits, count, expectRefused, seedClaimToken, seededCloud } from '../support/helpers'

// Writes 1,296 households twice through the SDK.
jest.setTimeout(30_000)

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const NINE = ['1栋', '2栋', '3栋', '4栋', '5栋', '6栋', '7栋', '8栋', '9栋']

/** A new, empty station with its 站长, set up the way a deployment admin would. */
async function emptyStation(): Promise<string> {
  const created = await t.ok(null, 'platform', 'createStation', {
    adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
    code: 'newone',
    name: '新驿站',
    address: '新路1号',
    community: '新社区',
    headName: '新站长',
  })
  await t.ok(
    'new-head',
    'station',
    'claimHead',
    { token: created.headClaimToken },
    { stationId: created.stationId },
  )
  return created.stationId
}

describe('station.createBuildings: setting up a compound in one go', () => {
  test('9 buildings x 4 units x 18 floors x 2 rooms make 1,296 households', async () => {
    const stationId = await emptyStation()
    const res = await t.ok(
      'new-head',
      'station',
      'createBuildings',
      { names: NINE, units: 4, floors: 18, roomsPerFloor: 2 },
      { stationId },
    )
    expect(res).toEqual({ buildingsCreated: 9, householdsCreated: 1296, skipped: 0 })
    expect(count(t, 'households', { stationId })).toBe(1296)
    const { items } = await t.ok('new-head', 'station', 'listBuildings', {}, { stationId })
    expect(items.map((b) => [b.name, b.units, b.householdCount])).toEqual(NINE.map((n) => [n, 4, 144]))
    const rooms = await t.ok(
      'new-head',
      'station',
      'listRooms',
      { buildingId: items[8].buildingId, unit: 4 },
      { stationId },
    )
    expect(rooms.items).toHaveLength(36)
    expect(rooms.items.slice(-2).map((r) => [r.room, r.floor])).toEqual([
      ['1801', 18],
      ['1802', 18],
    ])
  })

  test('running it twice creates nothing twice', async () => {
    const stationId = await emptyStation()
    const input = { names: NINE, units: 4, floors: 18, roomsPerFloor: 2 }
    await t.ok('new-head', 'station', 'createBuildings', input, { stationId })
    const again = await t.ok('new-head', 'station', 'createBuildings', input, { stationId })
    expect(again).toEqual({ buildingsCreated: 0, householdsCreated: 0, skipped: 1296 })
    expect(count(t, 'households', { stationId })).toBe(1296)
    expect(count(t, 'buildings', { stationId })).toBe(9)
  })

  test('existing buildings gain only the rooms they lack; a repeated name counts once', async () => {
    // 1栋 already has 2 units x 11 floors x 2 rooms; ask for 3 units x 12 floors.
    const res = await t.ok(P.staff, 'station', 'createBuildings', {
      names: ['1栋', '1栋', '7栋'],
      units: 3,
      floors: 12,
      roomsPerFloor: 2,
    })
    expect(res).toEqual({ buildingsCreated: 1, householdsCreated: 72 - 44 + 72, skipped: 44 })
    const { items } = await t.ok(P.staff, 'station', 'listBuildings', {})
    expect(
      items.filter((b) => ['1栋', '7栋'].includes(b.name)).map((b) => [b.name, b.units, b.householdCount]),
    ).toEqual([
      ['1栋', 3, 72],
      ['7栋', 3, 72],
    ])
  })

  test('two staff creating the same buildings at once: no error, and every room exists exactly once', async () => {
    const input = { names: ['21栋', '22栋'], units: 2, floors: 6, roomsPerFloor: 2 }
    const answers = await Promise.all([
      t.call(P.staff, 'station', 'createBuildings', input),
      t.call(P.deputy, 'station', 'createBuildings', input),
    ])
    for (const a of answers) expect(a.ok || (!a.ok && a.error.code === 'CONFLICT')).toBe(true)
    expect(answers.some((a) => a.ok)).toBe(true)
    const ids = (
      t.cloud.db.find('buildings', { stationId: XINAN, name: { $in: ['21栋', '22栋'] } }) as { _id: string }[]
    ).map((b) => b._id)
    expect(ids).toHaveLength(2)
    expect(count(t, 'households', { stationId: XINAN, buildingId: { $in: ids } })).toBe(48)
  })

  test('the creation is audited with who and how many', async () => {
    await t.ok(P.staff, 'station', 'createBuildings', {
      names: ['7栋'],
      units: 1,
      floors: 2,
      roomsPerFloor: 2,
    })
    expect(audits(t, 'station.createBuildings')).toEqual([
      expect.objectContaining({
        actorName: '李建华',
        targetId: XINAN,
        summary: expect.stringMatching(/7栋.*新增1栋、4户/),
      }),
    ])
  })

  test('more than 5,000 rooms in one call is INVALID_INPUT and writes nothing', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.staff, 'station', 'createBuildings', {
          names: ['7栋', '8栋', '9栋', '10栋', '11栋', '12栋'],
          units: 20,
          floors: 60,
          roomsPerFloor: 1,
        }),
      'floors',
    )
  })

  test('a building head is FORBIDDEN; the 站长 of another station is NOT_MEMBER here', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'createBuildings', {
        names: ['7栋'],
        units: 1,
        floors: 1,
        roomsPerFloor: 1,
      }),
    )
    await seedClaimToken(t, 'NEWHEAD2', { stationId: 'st-other' })
    await t.ok('someone', 'station', 'claimHead', { token: 'NEWHEAD2' }, { stationId: 'st-other' })
    await expectRefused(t, 'NOT_MEMBER', () =>
      t.call('someone', 'station', 'createBuildings', {
        names: ['7栋'],
        units: 1,
        floors: 1,
        roomsPerFloor: 1,
      }),
    )
  })

  test.each([
    ['names', { names: [] }],
    ['names.0', { names: [''] }],
    ['names.0', { names: ['栋'.repeat(21)] }],
    ['names', { names: '1栋' }],
    ['units', { units: 0 }],
    ['units', { units: 21 }],
    ['floors', { floors: 61 }],
    ['floors', { floors: '18' }],
    ['roomsPerFloor', { roomsPerFloor: 2.5 }],
  ])('bad %s is INVALID_INPUT, nothing written', async (field, change) => {
    const input = { names: ['7栋'], units: 1, floors: 1, roomsPerFloor: 1, ...change }
    await expectRefused(t, 'INVALID_INPUT', () => t.call(P.staff, 'station', 'createBuildings', input), field)
  })
})
