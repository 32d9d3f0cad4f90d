import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { audits, changedCollections, count, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const TABLE = [
  '楼栋,单元,房号,楼层',
  '7栋,1,101,1',
  '7,1单元,102',
  '7号楼，2，1801室',
  '8栋\t1\t201',
  '',
  '"8栋","1","B-202"',
].join('\r\n')

const import_ = (csv: string, dryRun?: boolean) =>
  t.call(P.staff, 'station', 'importHouseholds', dryRun === undefined ? { csv } : { csv, dryRun })

describe('station.importHouseholds: a pasted spreadsheet of rooms', () => {
  test('rows in the usual spellings (栋/号楼/plain number, 单元, 室, commas, Chinese commas, tabs) become buildings and households', async () => {
    const res = await t.ok(P.staff, 'station', 'importHouseholds', { csv: TABLE })
    expect(res).toEqual({
      rows: 5,
      buildingsCreated: 2,
      householdsCreated: 5,
      skipped: 0,
      errors: [],
      dryRun: false,
    })
    const { items } = await t.ok(P.guest, 'station', 'listBuildings', {})
    const b7 = items.find((b) => b.name === '7栋')!
    expect([b7.units, b7.householdCount]).toEqual([2, 4 - 1])
    const unit2 = await t.ok(P.guest, 'station', 'listRooms', { buildingId: b7.buildingId, unit: 2 })
    expect(unit2.items).toEqual([expect.objectContaining({ room: '1801', floor: 18 })])
    const b8 = items.find((b) => b.name === '8栋')!
    const b8rooms = await t.ok(P.guest, 'station', 'listRooms', { buildingId: b8.buildingId, unit: 1 })
    expect(b8rooms.items.map((r) => [r.room, r.floor])).toEqual([
      ['201', 2],
      ['B-202', 2],
    ])
  })

  test('any row with an error: every problem reported with its line and column, and nothing is written', async () => {
    const csv = [
      '楼栋,单元,房号',
      '7栋,1,101',
      '7栋,一,102',
      '7栋,1',
      '7栋,1,1 01',
      '7栋,1,101',
      `${'楼'.repeat(21)},1,101`,
      '7栋,1,103,高层',
    ].join('\n')
    const before = t.snapshot()
    const res = await t.ok(P.staff, 'station', 'importHouseholds', { csv })
    expect(res.errors).toEqual([
      { line: 3, field: '单元', message: expect.stringMatching(/单元/) },
      { line: 4, field: '格式', message: expect.stringMatching(/三列/) },
      { line: 5, field: '房号', message: expect.any(String) },
      { line: 6, field: '房号', message: '与第2行重复' },
      { line: 7, field: '楼栋', message: expect.any(String) },
      { line: 8, field: '楼层', message: expect.any(String) },
    ])
    expect(res).toMatchObject({ rows: 1, buildingsCreated: 0, householdsCreated: 0, dryRun: false })
    expect(changedCollections(before, t.snapshot())).toEqual([])
  })

  test('a dry run checks and counts, and writes nothing', async () => {
    const before = t.snapshot()
    expect(await t.ok(P.staff, 'station', 'importHouseholds', { csv: TABLE, dryRun: true })).toMatchObject({
      rows: 5,
      errors: [],
      dryRun: true,
      householdsCreated: 0,
    })
    expect(changedCollections(before, t.snapshot())).toEqual([])
  })

  test('importing twice creates nothing twice', async () => {
    await t.ok(P.staff, 'station', 'importHouseholds', { csv: TABLE })
    const households = count(t, 'households', { stationId: XINAN })
    const again = await t.ok(P.staff, 'station', 'importHouseholds', { csv: TABLE })
    expect(again).toEqual({
      rows: 5,
      buildingsCreated: 0,
      householdsCreated: 0,
      skipped: 5,
      errors: [],
      dryRun: false,
    })
    expect(count(t, 'households', { stationId: XINAN })).toBe(households)
  })

  test('rooms the station already has are skipped, the new ones added to the existing building', async () => {
    const res = await t.ok(P.staff, 'station', 'importHouseholds', {
      csv: '1栋,1,101\n1栋,1,1201\n1栋,3,101',
    })
    expect(res).toMatchObject({ buildingsCreated: 0, householdsCreated: 2, skipped: 1 })
    const b1 = (await t.ok(P.guest, 'station', 'listBuildings', {})).items[0]
    expect([b1.name, b1.units, b1.householdCount]).toEqual(['1栋', 3, 46])
  })

  test('the import is audited with who and how many', async () => {
    await t.ok(P.staff, 'station', 'importHouseholds', { csv: TABLE })
    expect(audits(t, 'station.importHouseholds')).toEqual([
      expect.objectContaining({ actorName: '李建华', summary: '导入房屋表：5行，新增2栋、5户，已存在0户' }),
    ])
  })

  test('a table with only a header is reported as empty', async () => {
    const res = await t.ok(P.staff, 'station', 'importHouseholds', { csv: '楼栋,单元,房号\n\n' })
    expect(res.errors).toEqual([{ line: 0, field: '表格', message: '表格是空的' }])
  })

  test('more than 5,000 rows asks for batches and writes nothing', async () => {
    const csv = Array.from({ length: 5001 }, (_, i) => `9,${(i % 20) + 1},${1000 + Math.floor(i / 20)}`).join(
      '\n',
    )
    const before = t.snapshot()
    const res = await t.ok(P.staff, 'station', 'importHouseholds', { csv })
    expect(res.errors[0]).toEqual({ line: 0, field: '表格', message: expect.stringMatching(/5000行/) })
    expect(changedCollections(before, t.snapshot())).toEqual([])
  })

  test('a building head is FORBIDDEN and nothing is written', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'importHouseholds', { csv: TABLE }))
  })

  test('an empty, too long or non-text table is INVALID_INPUT on csv', async () => {
    await expectRefused(t, 'INVALID_INPUT', () => import_(''), 'csv')
    await expectRefused(t, 'INVALID_INPUT', () => import_('7'.repeat(90_001)), 'csv')
    await expectRefused(t, 'INVALID_INPUT', () => import_(['7栋,1,101'] as never), 'csv')
    await expectRefused(t, 'INVALID_INPUT', () => import_(TABLE, 'yes' as never), 'dryRun')
  })
})
