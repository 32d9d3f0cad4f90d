import type { TestCloud } from '../support/cloud'
import { P, XINAN } from '../support/fixtures'
import { audits, count, expectRefused, memberDoc, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const report = { workUnit: '滨江区教育局', partyOrg: '区教育局机关第一党支部', postId: 'sp-xinan-2' }

describe('station.submitPartyReport: 在职党员报到', () => {
  test('a verified resident reports with work unit, party organisation and a claimed post; they count as a party member', async () => {
    const view = await t.ok(P.resident, 'station', 'submitPartyReport', report)
    expect(view).toMatchObject({
      name: '刘阿姨',
      workUnit: '滨江区教育局',
      partyOrg: '区教育局机关第一党支部',
      postId: 'sp-xinan-2',
      postName: '平安巡逻',
    })
    expect(memberDoc(t, 'mb-xa-res1').isPartyMember).toBe(true)
    expect((await t.ok(P.resident, 'station', 'me', {})).roles).toContain('partyMember')
    const stats = await t.ok(P.staff, 'station', 'partyStats', {})
    expect([stats.reported, stats.claimed]).toEqual([4, 3])
  })

  test('the report is stored against the member and their building', async () => {
    await t.ok(P.resident, 'station', 'submitPartyReport', report)
    expect(t.cloud.db.find('partyReports', { memberId: 'mb-xa-res1' })).toEqual([
      expect.objectContaining({ stationId: XINAN, buildingId: 'bd-xinan-1', postId: 'sp-xinan-2' }),
    ])
  })

  test('reporting is audited', async () => {
    const view = await t.ok(P.resident, 'station', 'submitPartyReport', report)
    expect(audits(t, 'station.partyReport')).toEqual([
      expect.objectContaining({
        actorId: 'mb-xa-res1',
        targetId: view.reportId,
        summary: '刘阿姨 完成在职党员报到',
      }),
    ])
  })

  test('reporting twice updates the same report: the counts do not grow', async () => {
    const first = await t.ok(P.resident, 'station', 'submitPartyReport', report)
    const second = await t.ok(P.resident, 'station', 'submitPartyReport', { ...report, postId: 'sp-xinan-4' })
    expect(second).toMatchObject({
      reportId: first.reportId,
      postName: '环境守护',
      reportedAt: first.reportedAt,
    })
    expect(count(t, 'partyReports', { memberId: 'mb-xa-res1' })).toBe(1)
    const stats = await t.ok(P.staff, 'station', 'partyStats', {})
    expect([stats.reported, stats.claimed]).toEqual([4, 3])
    expect(audits(t, 'station.partyReport')[1].summary).toBe('刘阿姨 更新在职党员报到')
  })

  test('a double tap (two reports at once) makes one report', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => t.call(P.resident, 'station', 'submitPartyReport', report)),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    expect(count(t, 'partyReports', { memberId: 'mb-xa-res1' })).toBe(1)
  })

  test('reporting without claiming a post is fine; giving up a post later frees it', async () => {
    await t.ok(P.party, 'station', 'submitPartyReport', { ...report, postId: null })
    const stats = await t.ok(P.staff, 'station', 'partyStats', {})
    expect([stats.reported, stats.claimed]).toEqual([3, 1])
  })

  test("a post that does not exist here (or is another station's) is INVALID_INPUT on postId, nothing written", async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'station', 'submitPartyReport', { ...report, postId: 'sp-other-1' }),
      'postId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'station', 'submitPartyReport', { ...report, postId: 'sp-nowhere' }),
      'postId',
    )
  })

  test('pending members are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'station', 'submitPartyReport', report))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'submitPartyReport', report))
  })

  test('missing or too long fields are INVALID_INPUT naming them', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'station', 'submitPartyReport', { ...report, workUnit: '' }),
      'workUnit',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'station', 'submitPartyReport', { ...report, partyOrg: '党'.repeat(61) }),
      'partyOrg',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'station', 'submitPartyReport', { partyOrg: '支部' }),
      'workUnit',
    )
  })
})
