import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.revealPhone: the full number, only for those who need it, always audited', () => {
  test('the head of that building gets the full phone, and the read is audited (who read whose)', async () => {
    expect(await t.ok(P.head1, 'station', 'revealPhone', { memberId: 'mb-xa-res1' })).toEqual({
      memberId: 'mb-xa-res1',
      phone: '13905710006',
    })
    expect(audits(t, 'station.revealPhone')).toEqual([
      expect.objectContaining({
        actorId: 'mb-xa-bh1',
        actorName: '张桂兰',
        targetId: 'mb-xa-res1',
        summary: '查看了 刘阿姨 的完整手机号',
      }),
    ])
  })

  test('every read is audited, not just the first', async () => {
    await t.ok(P.staff, 'station', 'revealPhone', { memberId: 'mb-xa-res1' })
    await t.ok(P.staff, 'station', 'revealPhone', { memberId: 'mb-xa-res1' })
    expect(audits(t, 'station.revealPhone')).toHaveLength(2)
  })

  test("staff may read anyone's at the station", async () => {
    expect((await t.ok(P.deputy, 'station', 'revealPhone', { memberId: 'mb-xa-pend3' })).phone).toBe(
      '13605710012',
    )
  })

  test('the head of another building is FORBIDDEN, and no audit entry is written', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head2, 'station', 'revealPhone', { memberId: 'mb-xa-res1' }),
    )
  })

  test('residents are FORBIDDEN, even for a neighbour in the same building', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'revealPhone', { memberId: 'mb-xa-res2' }),
    )
  })

  test("someone who is not a member here (another station's, moved out, unknown) is NOT_FOUND", async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'revealPhone', { memberId: 'mb-ot-res' }),
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'revealPhone', { memberId: 'mb-nobody' }),
    )
    await t.ok(P.resident, 'station', 'moveOut', {})
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'revealPhone', { memberId: 'mb-xa-res1' }),
    )
  })

  test('a bad member id is INVALID_INPUT on memberId', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'revealPhone', { memberId: '' }),
      'memberId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'station', 'revealPhone', { memberId: { $ne: null } }),
      'memberId',
    )
  })
})
