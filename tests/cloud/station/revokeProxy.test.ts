import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const PROXY = 'px-xinan-elder'

describe('station.revokeProxy: ending a 代办 relationship', () => {
  test('the stand-in ends it: revoked with the time, audited, and acting for her stops', async () => {
    expect(await t.ok(P.proxy, 'station', 'revokeProxy', { proxyId: PROXY })).toEqual({
      proxyId: PROXY,
      status: 'revoked',
    })
    expect(t.cloud.db.find('proxies', { _id: PROXY })).toEqual([
      expect.objectContaining({ status: 'revoked', revokedAt: expect.any(Date) }),
    ])
    expect(audits(t, 'station.revokeProxy')).toEqual([
      expect.objectContaining({
        actorName: '王建国',
        targetId: 'mb-xa-elder',
        summary: '解除了 王建国 为 王奶奶 代办的关系',
      }),
    ])
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.proxy, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' }),
    )
  })

  test('staff may end it (consent withdrawn)', async () => {
    await t.ok(P.deputy, 'station', 'revokeProxy', { proxyId: PROXY })
    expect(audits(t, 'station.revokeProxy')[0].actorName).toBe('周敏')
  })

  test('revoking twice answers the same and audits once', async () => {
    await t.ok(P.proxy, 'station', 'revokeProxy', { proxyId: PROXY })
    const before = t.snapshot()
    expect(await t.ok(P.proxy, 'station', 'revokeProxy', { proxyId: PROXY })).toEqual({
      proxyId: PROXY,
      status: 'revoked',
    })
    expect(t.snapshot()).toBe(before)
  })

  test('other residents, even her building head, are FORBIDDEN', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.resident, 'station', 'revokeProxy', { proxyId: PROXY }),
    )
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'revokeProxy', { proxyId: PROXY }))
  })

  test('a relationship of another station is NOT_FOUND, even for staff', async () => {
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.staff, 'station', 'revokeProxy', { proxyId: 'px-other-1' }),
    )
  })

  test('a bad id is INVALID_INPUT on proxyId', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.proxy, 'station', 'revokeProxy', { proxyId: 'px xinan' }),
      'proxyId',
    )
  })
})
