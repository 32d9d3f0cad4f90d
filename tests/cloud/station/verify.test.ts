import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, errorOf, expectRefused, memberDoc, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const PENDING_IN_1 = 'mb-xa-pend1' // 赵磊, 1栋1单元602

describe('station.verify: the building head (or staff) decides a registration', () => {
  test('the head of that building approves: verified, by whom and when; the resident then holds the resident role', async () => {
    const row = await t.ok(P.head1, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' })
    expect(row).toMatchObject({ memberId: PENDING_IN_1, status: 'verified', rejectReason: '' })
    expect(memberDoc(t, PENDING_IN_1)).toMatchObject({
      status: 'verified',
      verifiedBy: 'mb-xa-bh1',
      verifiedAt: expect.any(Date),
    })
    const me = await t.ok(P.pending, 'station', 'me', {})
    expect(me.member!.status).toBe('verified')
    expect(me.roles).toEqual(['resident'])
  })

  test('a rejection carries the reason, which the resident reads', async () => {
    await t.ok(P.head1, 'station', 'verify', {
      memberId: PENDING_IN_1,
      decision: 'reject',
      reason: '房号与登记不符',
    })
    const me = await t.ok(P.pending, 'station', 'me', {})
    expect(me.member).toMatchObject({ status: 'rejected', rejectReason: '房号与登记不符' })
    expect(me.roles).toEqual([])
  })

  test('a rejection without a reason is INVALID_INPUT on reason, nothing written', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.head1, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'reject' }),
      'reason',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () =>
        t.call(P.head1, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'reject', reason: '   ' }),
      'reason',
    )
  })

  test('each decision is audited with who decided and why', async () => {
    await t.ok(P.head1, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' })
    await t.ok(P.staff, 'station', 'verify', {
      memberId: 'mb-xa-pend3',
      decision: 'reject',
      reason: '无此住户',
    })
    expect(audits(t, 'station.verify.approve')).toEqual([
      expect.objectContaining({
        actorId: 'mb-xa-bh1',
        actorName: '张桂兰',
        targetId: PENDING_IN_1,
        summary: '审核通过 赵磊（1栋1单元602）',
      }),
    ])
    expect(audits(t, 'station.verify.reject')).toEqual([
      expect.objectContaining({
        actorName: '李建华',
        targetId: 'mb-xa-pend3',
        summary: '审核未通过 郑浩（3栋2单元1001）：无此住户',
      }),
    ])
  })

  test('deciding the same way twice answers the same and writes nothing the second time', async () => {
    const first = await t.ok(P.head1, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' })
    const before = t.snapshot()
    const second = await t.ok(P.staff, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' })
    expect(second).toEqual(first)
    expect(t.snapshot()).toBe(before)
  })

  test('changing a decided registration the other way is a CONFLICT; nothing is written', async () => {
    await t.ok(P.head1, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' })
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.staff, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'reject', reason: '改主意' }),
    )
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.head2, 'station', 'verify', { memberId: 'mb-xa-rej', decision: 'approve' }),
    )
  })

  test('approve and reject of the same registration at once: exactly one decision wins', async () => {
    for (let round = 0; round < 3; round++) {
      const target = ['mb-xa-pend1', 'mb-xa-pend2', 'mb-xa-pend3'][round]
      const [approve, reject] = await Promise.all([
        t.call(P.staff, 'station', 'verify', { memberId: target, decision: 'approve' }),
        t.call(P.deputy, 'station', 'verify', { memberId: target, decision: 'reject', reason: '信息不符' }),
      ])
      expect([approve.ok, reject.ok].filter(Boolean)).toHaveLength(1)
      const loser = approve.ok ? reject : approve
      expect(errorOf(loser).code).toBe('CONFLICT')
      expect(memberDoc(t, target).status).toBe(approve.ok ? 'verified' : 'rejected')
      expect(
        [...audits(t, 'station.verify.approve'), ...audits(t, 'station.verify.reject')].filter(
          (a) => a.targetId === target,
        ),
      ).toHaveLength(1)
    }
  })

  test('the head of another building is FORBIDDEN; nothing written', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head2, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' }),
    )
  })

  test('a stand-in who registered a neighbour cannot verify them; someone else can', async () => {
    const principal = await t.ok(P.head1, 'station', 'proxyRegister', {
      householdId: 'hh-xinan-1-1-1101',
      name: '独居老人',
      relation: 'owner',
      consentMethod: 'paper',
      consentNote: '书面同意书已存档',
    })
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'verify', { memberId: principal.principalId, decision: 'approve' }),
    )
    expect(
      (await t.ok(P.staff, 'station', 'verify', { memberId: principal.principalId, decision: 'approve' }))
        .status,
    ).toBe('verified')
  })

  test('a registration that does not exist here, or has moved out, is NOT_FOUND', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'verify', { memberId: 'mb-nobody', decision: 'approve' }),
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'verify', { memberId: 'mb-ot-pend', decision: 'approve' }),
    )
    await t.ok(P.pending, 'station', 'moveOut', {})
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' }),
    )
  })

  test('residents and pending members are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.pending, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' }),
    )
    await expectRefused(t, 'NOT_MEMBER', () =>
      t.call(P.guest, 'station', 'verify', { memberId: PENDING_IN_1, decision: 'approve' }),
    )
  })
})
