/**
 * Standing in for someone already registered is a request the building head approves; until
 * then it grants nothing. Includes the takeover reproduction from the spine-hardening issue.
 */
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, errorOf, expectRefused, memberDoc, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const ask = { consentMethod: 'phone', consentNote: '电话里说好了' } as const

describe('takeover of an offline elder (the reproduction)', () => {
  test('an unrelated resident cannot take over 李爷爷 by typing his name, nor move him out', async () => {
    const grandpa = {
      householdId: 'hh-xinan-1-2-102',
      name: '李爷爷',
      relation: 'owner',
      consentMethod: 'inPerson',
      consentNote: '本人当面同意',
    }
    const registered = await t.ok(P.proxy, 'station', 'proxyRegister', grandpa)
    await t.ok(P.head1, 'station', 'verify', { memberId: registered.principalId, decision: 'approve' })

    // 孙晓 (a volunteer of 2栋, unrelated) sends the same household and name, consent "by phone".
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.volunteer, 'station', 'proxyRegister', { ...grandpa, consentMethod: 'phone' }),
    )
    // ...and cannot act for him: no link, so moving him out is refused and nothing changes.
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.volunteer, 'station', 'moveOut', {}, { onBehalfOf: registered.principalId }),
    )
    expect(memberDoc(t, registered.principalId).status).toBe('verified')
  })

  test('asking to act for him is a request that grants nothing until the building head approves', async () => {
    const request = await t.ok(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-elder', ...ask })
    expect(request).toMatchObject({ name: '王奶奶', proxyStatus: 'requested' })
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.volunteer, 'station', 'moveOut', {}, { onBehalfOf: 'mb-xa-elder' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.volunteer, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' }),
    )
    expect(memberDoc(t, 'mb-xa-elder').status).toBe('verified')
  })
})

describe('station.requestProxy / proxyQueue / decideProxy', () => {
  test('the right building head sees the request with both people and both homes, and approves it', async () => {
    const request = await t.ok(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-elder', ...ask })
    const queue = await t.ok(P.head1, 'station', 'proxyQueue', {})
    expect(queue.items).toEqual([
      expect.objectContaining({
        proxyId: request.proxyId,
        principalName: '王奶奶',
        agentName: '孙晓',
        consentNote: '电话里说好了',
        proxyStatus: 'requested',
      }),
    ])
    expect(queue.items[0].household?.label).toBe('1栋2单元101')
    expect(queue.items[0].agentHousehold?.label).toMatch(/^2栋/)
    // Another building's head does not see it.
    expect((await t.ok(P.head2, 'station', 'proxyQueue', {})).total).toBe(0)

    const decided = await t.ok(P.head1, 'station', 'decideProxy', {
      proxyId: request.proxyId,
      decision: 'approve',
    })
    expect(decided.proxyStatus).toBe('active')
    const me = await t.ok(P.volunteer, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' })
    expect(me.member!.name).toBe('王奶奶')
    expect(audits(t, 'station.decideProxy.approve')[0].summary).toBe('同意 孙晓 为 王奶奶 代办')
  })

  test('a declined request needs a reason, grants nothing, and the asker sees it declined', async () => {
    const request = await t.ok(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-elder', ...ask })
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.head1, 'station', 'decideProxy', { proxyId: request.proxyId, decision: 'reject' }),
      'reason',
    )
    await t.ok(P.head1, 'station', 'decideProxy', {
      proxyId: request.proxyId,
      decision: 'reject',
      reason: '老人家属表示不需要',
    })
    expect(errorOf(await t.call(P.volunteer, 'station', 'me', {}, { onBehalfOf: 'mb-xa-elder' })).code).toBe(
      'FORBIDDEN',
    )
  })

  test('the head of another building may not decide it; nor may the asker decide their own request', async () => {
    const request = await t.ok(P.head1, 'station', 'requestProxy', { principalId: 'mb-xa-elder', ...ask })
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head2, 'station', 'decideProxy', { proxyId: request.proxyId, decision: 'approve' }),
    )
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.head1, 'station', 'decideProxy', { proxyId: request.proxyId, decision: 'approve' }),
    )
    await t.ok(P.staff, 'station', 'decideProxy', { proxyId: request.proxyId, decision: 'approve' })
  })

  test('asking twice is one request; deciding twice the same way answers the same; the other way is CONFLICT', async () => {
    const first = await t.ok(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-elder', ...ask })
    const second = await t.ok(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-elder', ...ask })
    expect(second.proxyId).toBe(first.proxyId)
    expect(audits(t, 'station.requestProxy')).toHaveLength(1)
    await t.ok(P.head1, 'station', 'decideProxy', { proxyId: first.proxyId, decision: 'approve' })
    await t.ok(P.head1, 'station', 'decideProxy', { proxyId: first.proxyId, decision: 'approve' })
    await expectRefused(t, 'CONFLICT', () =>
      t.call(P.head1, 'station', 'decideProxy', {
        proxyId: first.proxyId,
        decision: 'reject',
        reason: '改主意',
      }),
    )
  })

  test('a revoked link is not restored by registering the same person again: it comes back as a request', async () => {
    const grandpa = {
      householdId: 'hh-xinan-2-1-101',
      name: '李大爷',
      relation: 'owner',
      consentMethod: 'paper',
      consentNote: '书面同意',
    }
    const first = await t.ok(P.volunteer, 'station', 'proxyRegister', grandpa)
    await t.ok(P.staff, 'station', 'revokeProxy', { proxyId: first.proxyId })
    const again = await t.ok(P.volunteer, 'station', 'proxyRegister', grandpa)
    expect(again.proxyStatus).toBe('requested')
    // A request again, not a revoked link with a request status: the revocation is cleared with it.
    expect(t.cloud.db.find('proxies', { _id: first.proxyId })[0]).toMatchObject({
      status: 'requested',
      revokedAt: null,
      decidedBy: null,
    })
  })

  test('household people are listed with masked names, without the asker', async () => {
    const people = await t.ok(P.volunteer, 'station', 'householdPeople', { householdId: 'hh-xinan-1-2-101' })
    expect(people.items).toEqual([
      { memberId: 'mb-xa-proxy', name: '王**', relation: 'family', offline: false },
      { memberId: 'mb-xa-elder', name: '王**', relation: 'owner', offline: true },
    ])
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.volunteer, 'station', 'householdPeople', { householdId: 'hh-other-1-1-101' }),
      'householdId',
    )
  })

  test('one cannot ask to act for oneself, nor for someone who moved out or lives at another station', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-xa-vol1', ...ask }),
      'principalId',
    )
    await expectRefused(t, 'NOT_FOUND', () =>
      t.call(P.volunteer, 'station', 'requestProxy', { principalId: 'mb-ot-elder', ...ask }),
    )
  })

  test('moving out ends the links where the person was the one acted for', async () => {
    await t.ok(P.proxy, 'station', 'moveOut', {}, { onBehalfOf: 'mb-xa-elder' })
    expect(t.cloud.db.find('proxies', { _id: 'px-xinan-elder' })[0]).toMatchObject({ status: 'revoked' })
  })
})
