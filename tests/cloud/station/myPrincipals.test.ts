import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('station.myPrincipals: the neighbours I may act for', () => {
  test('the stand-in sees 王奶奶 with her home, status and how she consented', async () => {
    expect(await t.ok(P.proxy, 'station', 'myPrincipals', {})).toEqual({
      items: [
        {
          proxyId: 'px-xinan-elder',
          proxyStatus: 'active',
          principalId: 'mb-xa-elder',
          name: '王奶奶',
          status: 'verified',
          consentMethod: 'inPerson',
          since: expect.any(String),
          household: expect.objectContaining({ label: '1栋2单元101' }),
        },
      ],
    })
  })

  test('nobody else sees her: not her building head, not staff', async () => {
    expect(await t.ok(P.head1, 'station', 'myPrincipals', {})).toEqual({ items: [] })
    expect(await t.ok(P.staff, 'station', 'myPrincipals', {})).toEqual({ items: [] })
  })

  test('a revoked relationship, or a principal who moved out, is no longer listed', async () => {
    await t.ok(P.proxy, 'station', 'moveOut', {}, { onBehalfOf: 'mb-xa-elder' })
    expect(await t.ok(P.proxy, 'station', 'myPrincipals', {})).toEqual({ items: [] })
  })

  test('pending members are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'station', 'myPrincipals', {}))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'myPrincipals', {}))
  })
})
