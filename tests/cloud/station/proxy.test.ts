/**
 * 代办 through the kernel: a consented stand-in calls an action with `onBehalfOf` and the answer
 * is the principal's; only actions that allow it accept it, and every such call is audited.
 */
import type { ActionName } from '../../../types/api'
import { actions } from '../../../cloudfunctions/station'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, errorOf, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const ELDER = 'mb-xa-elder'

describe('acting for someone (代办, onBehalfOf)', () => {
  test('the stand-in calling me on behalf of 王奶奶 sees her, and whose behalf it is', async () => {
    const me = await t.ok(P.proxy, 'station', 'me', {}, { onBehalfOf: ELDER })
    expect(me.member).toMatchObject({ memberId: ELDER, name: '王奶奶', offline: true })
    expect(me.member!.household!.label).toBe('1栋2单元101')
    expect(me.actingFor).toMatchObject({
      proxyId: 'px-xinan-elder',
      principalId: ELDER,
      name: '王奶奶',
      consentMethod: 'inPerson',
    })
    expect(me.actingFor!.household?.label).toBe('1栋2单元101')
  })

  test('the call is audited as on-behalf: who acted, for whom, what', async () => {
    await t.ok(P.proxy, 'station', 'me', {}, { onBehalfOf: ELDER })
    const [entry] = audits(t, 'proxy.call')
    expect(entry).toMatchObject({
      actorId: 'mb-xa-proxy',
      actorName: '王建国',
      onBehalfOf: ELDER,
      targetId: ELDER,
    })
    expect(entry.summary).toContain('代王奶奶')
    expect(entry.summary).toBe('【代王奶奶】代办：查看登记信息')
    const log = await t.ok(P.staff, 'station', 'auditLog', {})
    expect(log.items[0]).toMatchObject({
      actorName: '王建国',
      onBehalfOfName: '王奶奶',
      action: 'proxy.call',
    })
  })

  test('a verified resident who is not her stand-in is FORBIDDEN and nothing is written', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.resident, 'station', 'me', {}, { onBehalfOf: ELDER }))
  })

  test('staff and her building head are not stand-ins either', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.staff, 'station', 'me', {}, { onBehalfOf: ELDER }))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.head1, 'station', 'me', {}, { onBehalfOf: ELDER }))
  })

  test('a guest or a pending member cannot act for anyone', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.guest, 'station', 'me', {}, { onBehalfOf: ELDER }))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'station', 'me', {}, { onBehalfOf: ELDER }))
  })

  test('once the relationship is revoked the stand-in is FORBIDDEN', async () => {
    await t.ok(P.proxy, 'station', 'revokeProxy', { proxyId: 'px-xinan-elder' })
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.proxy, 'station', 'me', {}, { onBehalfOf: ELDER }))
  })

  test('acting for someone who is not a member id is INVALID_INPUT on onBehalfOf', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.proxy, 'station', 'me', {}, { onBehalfOf: 'not an id!' }),
      'onBehalfOf',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.proxy, 'station', 'me', {}, { onBehalfOf: { $ne: null } as never }),
      'onBehalfOf',
    )
  })

  test('the stand-in can move the principal out; the record stays, marked as done on her behalf', async () => {
    const left = await t.ok(P.proxy, 'station', 'moveOut', {}, { onBehalfOf: ELDER })
    expect(left).toMatchObject({ memberId: ELDER, status: 'left' })
    const [entry] = audits(t, 'station.moveOut')
    expect(entry).toMatchObject({ actorId: 'mb-xa-proxy', onBehalfOf: ELDER })
    expect(entry.summary).toMatch(/^【代王奶奶】/)
    // The stand-in's own membership is untouched.
    expect((await t.ok(P.proxy, 'station', 'me', {})).member!.status).toBe('verified')
  })

  const PROXY_ACTIONS = ['me', 'moveOut']
  const others = (Object.keys(actions) as ActionName<'station'>[]).filter((a) => !PROXY_ACTIONS.includes(a))

  test.each(others)('%s does not support 代办: onBehalfOf is FORBIDDEN, nothing written', async (action) => {
    const error = await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.proxy, 'station', action, {}, { onBehalfOf: ELDER }),
    )
    expect(error.message).toMatch(/代办/)
  })

  test('platform actions refuse onBehalfOf too', async () => {
    const res = await t.call(
      P.proxy,
      'platform',
      'listStations',
      { adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN },
      { onBehalfOf: ELDER },
    )
    expect(errorOf(res).code).toBe('FORBIDDEN')
  })
})
