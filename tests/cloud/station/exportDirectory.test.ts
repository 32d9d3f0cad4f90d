import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const lines = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter(Boolean)

describe('station.exportDirectory: the household register as CSV for staff', () => {
  test('the whole station: a BOM for Excel, a header, every household (empty ones as 未登记), full phones', async () => {
    const out = await t.ok(P.staff, 'station', 'exportDirectory', {})
    expect(out.csv.startsWith('\ufeff')).toBe(true)
    const rows = lines(out.csv)
    expect(rows[0]).toBe('楼栋,单元,房号,姓名,关系,状态,手机号,志愿者,党员')
    expect(rows).toContain('1栋,1,301,刘阿姨,业主,已认证,13905710006,,')
    expect(rows).toContain('1栋,1,602,赵磊,租户,待审核,13605710010,,')
    expect(rows).toContain('1栋,1,101,,,未登记,,,')
    expect(out.rows).toBe(rows.length - 1)
    expect(out.filename).toMatch(/^馨安公寓红旗驿站-住户名册-全部楼栋-\d{4}-\d{2}-\d{2}\.csv$/)
  })

  test('every export is audited, saying it held full phone numbers', async () => {
    const out = await t.ok(P.deputy, 'station', 'exportDirectory', { buildingId: 'bd-xinan-1' })
    expect(audits(t, 'station.exportDirectory')).toEqual([
      expect.objectContaining({
        actorName: '周敏',
        summary: `导出了住户名册（1栋，${out.rows}行，含完整手机号）`,
      }),
    ])
  })

  test('one building at a time', async () => {
    const out = await t.ok(P.staff, 'station', 'exportDirectory', { buildingId: 'bd-xinan-4' })
    const rows = lines(out.csv).slice(1)
    expect(rows.every((r) => r.startsWith('4栋,'))).toBe(true)
    expect(rows).toContain('4栋,2,801,冯军,业主,未通过,13605710013,,')
  })

  test('a name a spreadsheet would run as a formula is neutralised', async () => {
    await t.ok(P.guest, 'station', 'register', {
      householdId: 'hh-xinan-5-1-101',
      relation: 'owner',
      name: '=HYPERLINK("x")',
      phone: '13700002222',
    })
    const out = await t.ok(P.staff, 'station', 'exportDirectory', { buildingId: 'bd-xinan-5' })
    expect(out.csv).toContain(`5栋,1,101,"'=HYPERLINK(""x"")",业主,待审核,13700002222`)
  })

  test('moved-out people are not exported', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    expect((await t.ok(P.staff, 'station', 'exportDirectory', {})).csv).not.toContain('刘阿姨')
  })

  test('building heads are FORBIDDEN (they read masked lists only); nothing is written', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'exportDirectory', { buildingId: 'bd-xinan-1' }),
    )
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'exportDirectory', {}))
  })

  test("a building that is not this station's is NOT_FOUND", async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'exportDirectory', { buildingId: 'bd-other-1' }),
    )
  })
})
