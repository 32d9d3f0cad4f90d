import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

// The seed's finished activities (localcloud/seed/xinan-volunteer.ts): 2026-10-11 19:00,
// 2026-10-27 00:00 and 2026-11-10 19:00 China time, with hours the organiser confirmed.
const PERIOD = { from: '2026-10-01', to: '2026-11-20' }

describe("station.serviceRecord: a party member's service over a period (双报到 feedback)", () => {
  test('my own record: report, confirmed volunteer service in the period, total hours, as CSV', async () => {
    const rec = await t.ok(P.party, 'station', 'serviceRecord', PERIOD)
    expect(rec).toMatchObject({ memberName: '吴强', stationName: '馨安公寓红旗驿站', totalMinutes: 450 })
    expect(rec.report).toMatchObject({ workUnit: '滨江区市场监管局', postName: '政策宣讲' })
    const item = { source: 'volunteer', kindLabel: '志愿活动' }
    expect(rec.items).toEqual([
      { ...item, title: '楼道清理志愿服务', date: '2026-10-11', minutes: 120 },
      { ...item, title: '反诈宣传进小区', date: '2026-10-27', minutes: 150 },
      { ...item, title: '独居老人上门探访', date: '2026-11-10', minutes: 180 },
    ])
    expect(rec.csv).toContain('2026-10-11,志愿活动,楼道清理志愿服务,2.0')
    expect(rec.csv).toContain('合计,,3次,7.5')
    expect(rec.filename).toBe('吴强-服务记录-2026-10-01至2026-11-20.csv')
  })

  test('only activities inside the period count, by China calendar day (16:00 UTC on the 26th is the 27th)', async () => {
    const rec = await t.ok(P.party, 'station', 'serviceRecord', { from: '2026-10-27', to: '2026-10-27' })
    expect(rec.items.map((a) => a.title)).toEqual(['反诈宣传进小区'])
    expect(rec.totalMinutes).toBe(150)
    expect(
      (await t.ok(P.party, 'station', 'serviceRecord', { from: '2026-10-12', to: '2026-10-26' })).items,
    ).toEqual([])
  })

  test('reading my own record is not audited', async () => {
    const before = t.snapshot()
    await t.ok(P.party, 'station', 'serviceRecord', PERIOD)
    expect(t.snapshot()).toBe(before)
  })

  test("staff may export anyone's, and that is audited", async () => {
    const rec = await t.ok(P.staff, 'station', 'serviceRecord', { ...PERIOD, memberId: 'mb-xa-bh1' })
    expect([rec.memberName, rec.totalMinutes]).toEqual(['张桂兰', 170])
    expect(audits(t, 'station.serviceRecord')).toEqual([
      expect.objectContaining({
        actorName: '李建华',
        targetId: 'mb-xa-bh1',
        summary: '查看了 张桂兰 的服务记录（2026-10-01 至 2026-11-20）',
      }),
    ])
  })

  test("a resident asking for someone else's is FORBIDDEN", async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'serviceRecord', { ...PERIOD, memberId: 'mb-xa-party1' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'serviceRecord', { ...PERIOD, memberId: 'mb-xa-party1' }),
    )
  })

  test('a member of another station is NOT_FOUND even for staff', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'serviceRecord', { ...PERIOD, memberId: 'mb-ot-res' }),
    )
  })

  test('pending members are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'station', 'serviceRecord', PERIOD))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'serviceRecord', PERIOD))
  })

  test('dates must be YYYY-MM-DD and in order', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.party, 'station', 'serviceRecord', { from: '2026/10/01', to: '2026-11-20' }),
      'from',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.party, 'station', 'serviceRecord', { from: '2026-11-20', to: '2026-10-01' }),
      'to',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.party, 'station', 'serviceRecord', { from: '2026-10-01' }),
      'to',
    )
  })
})
