import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { audits, errorOf, expectRefused, membersWhere, seedClaimToken, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.claimHead: the first 站长 claims the role with the one-time token', () => {
  test('a guest with a valid token becomes a verified 站长 here', async () => {
    await seedClaimToken(t, 'ABCD2345', { name: '新站长' })
    const me = await t.ok(P.guest, 'station', 'claimHead', { token: 'abcd2345 '.toUpperCase() })
    expect(me.member).toMatchObject({ name: '新站长', status: 'verified', roles: ['stationHead'] })
    expect(me.permissions).toMatchObject({ isStaff: true, canManageRoles: true })
    expect((await t.ok(P.guest, 'station', 'me', {})).roles).toContain('stationHead')
  })

  test('the token is used up: who and when are recorded', async () => {
    await seedClaimToken(t, 'ABCD2345')
    await t.ok(P.guest, 'station', 'claimHead', { token: 'ABCD2345' })
    const [token] = t.cloud.db.find('claimTokens', { token: 'ABCD2345' })
    expect(token).toMatchObject({ usedBy: P.guest, usedAt: expect.any(Date) })
  })

  test('the claim is audited', async () => {
    await seedClaimToken(t, 'ABCD2345', { name: '新站长' })
    const me = await t.ok(P.guest, 'station', 'claimHead', { token: 'ABCD2345' })
    expect(audits(t, 'station.claimHead')).toEqual([
      expect.objectContaining({
        actorId: me.member!.memberId,
        actorName: '新站长',
        targetId: me.member!.memberId,
        summary: '新站长 用认领码成为站长',
      }),
    ])
  })

  test('an existing member keeps their record and gains the role', async () => {
    await seedClaimToken(t, 'ABCD2345')
    const me = await t.ok(P.pending, 'station', 'claimHead', { token: 'ABCD2345' })
    expect(me.member).toMatchObject({
      memberId: 'mb-xa-pend1',
      name: '赵磊',
      status: 'verified',
      roles: ['stationHead'],
    })
    expect(membersWhere(t, { openid: P.pending })).toHaveLength(1)
  })

  test('a second claim of the same token fails, whoever tries, and changes nothing', async () => {
    await seedClaimToken(t, 'ABCD2345')
    await t.ok(P.guest, 'station', 'claimHead', { token: 'ABCD2345' })
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.resident, 'station', 'claimHead', { token: 'ABCD2345' }),
      'token',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'claimHead', { token: 'ABCD2345' }),
      'token',
    )
  })

  test('an expired token answers EXPIRED and makes no one 站长', async () => {
    await seedClaimToken(t, 'ABCD2345', { expiresAt: new Date(Date.now() - 60_000) })
    await expectRefused(t, 'EXPIRED', () => t.call(P.guest, 'station', 'claimHead', { token: 'ABCD2345' }))
  })

  test('a token of another station does not work here', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'claimHead', { token: 'OTHERTKN' }),
      'token',
    )
    // ...and works at its own station.
    await t.ok(P.guest, 'station', 'claimHead', { token: 'OTHERTKN' }, { stationId: OTHER })
  })

  test('an unknown token is INVALID_INPUT on token', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'claimHead', { token: 'ZZZZ9999' }),
      'token',
    )
  })

  test.each([['abc'], ['ABCD-234'], ['ABCD23456'], [12345678], ['']])(
    'a malformed token %p is INVALID_INPUT on token',
    async (token) => {
      await expectRefused(
        t,
        'INVALID_INPUT',
        () => t.call(P.guest, 'station', 'claimHead', { token }),
        'token',
      )
    },
  )

  test('two people claiming the same token at once: exactly one becomes 站长', async () => {
    await seedClaimToken(t, 'ABCD2345')
    const people = ['claimer-1', 'claimer-2', 'claimer-3', 'claimer-4']
    const results = await Promise.all(
      people.map((p) => t.call(p, 'station', 'claimHead', { token: 'ABCD2345' })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok))
      expect(errorOf(r)).toMatchObject({ code: 'INVALID_INPUT', field: 'token' })
    const heads = membersWhere(t, { stationId: XINAN, roles: 'stationHead' }).map((m) => m.openid)
    expect(heads.filter((o) => people.includes(o))).toHaveLength(1)
    expect(audits(t, 'station.claimHead')).toHaveLength(1)
  })
})
