import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { audits, count, expectRefused, memberDoc, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const elder = {
  householdId: 'hh-xinan-2-1-101',
  name: '李大爷',
  relation: 'owner',
  consentMethod: 'inPerson',
  consentNote: '李大爷本人在驿站当面同意由邻居孙晓代办',
}

describe('station.proxyRegister: registering a neighbour without a smartphone (代办)', () => {
  test('a verified volunteer registers him: an offline, pending member and an active stand-in relationship', async () => {
    const summary = await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    expect(summary).toMatchObject({ name: '李大爷', status: 'pending', consentMethod: 'inPerson' })
    expect(summary.household!.label).toBe('2栋1单元101')
    expect(memberDoc(t, summary.principalId)).toMatchObject({
      offline: true,
      openid: `offline:${summary.principalId}`,
      phone: '',
      status: 'pending',
      buildingId: 'bd-xinan-2',
    })
    expect(t.cloud.db.find('proxies', { _id: summary.proxyId })).toEqual([
      expect.objectContaining({
        principalId: summary.principalId,
        agentId: 'mb-xa-vol1',
        agentName: '孙晓',
        status: 'active',
        consentNote: elder.consentNote,
      }),
    ])
  })

  test('the registration is audited with the stand-in, the person and how consent was given', async () => {
    const summary = await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    const [entry] = audits(t, 'station.proxyRegister')
    expect(entry).toMatchObject({ actorId: 'mb-xa-vol1', actorName: '孙晓', targetId: summary.principalId })
    expect(entry.summary).toContain('孙晓 为 李大爷（2栋1单元101）代办登记')
    expect(entry.summary).toContain(elder.consentNote)
  })

  test("he waits in the building head's queue like anyone, and the stand-in may then act for him", async () => {
    const summary = await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    expect((await t.ok(P.head1, 'station', 'verifyQueue', {})).items.map((m) => m.name)).toContain('李大爷')
    await t.ok(P.head1, 'station', 'verify', { memberId: summary.principalId, decision: 'approve' })
    const me = await t.ok(P.volunteer, 'station', 'me', {}, { onBehalfOf: summary.principalId })
    expect(me.member).toMatchObject({ name: '李大爷', status: 'verified' })
  })

  test('registering the same person twice gives the same answer and creates nothing twice', async () => {
    const first = await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    const before = t.snapshot()
    const second = await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    expect(second).toEqual(first)
    expect(t.snapshot()).toBe(before)
    expect(count(t, 'members', { name: '李大爷' })).toBe(1)
  })

  test('three parallel taps create one person and one stand-in relationship', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.ok(P.volunteer, 'station', 'proxyRegister', elder)),
    )
    expect(new Set(answers.map((a) => a.principalId)).size).toBe(1)
    expect(new Set(answers.map((a) => a.proxyId)).size).toBe(1)
    expect(t.cloud.db.find('members', { name: '李大爷' })).toHaveLength(1)
    expect(t.cloud.db.find('proxies', { principalName: '李大爷' })).toHaveLength(1)
  })

  test('a second stand-in typing the same name is refused and pointed to asking for approval', async () => {
    await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    const error = await expectRefused(t, 'CONFLICT', () =>
      t.call(P.head1, 'station', 'proxyRegister', { ...elder, consentNote: '本人同意楼长也可代办' }),
    )
    expect(error.message).toContain('楼长审核')
    expect(t.cloud.db.find('members', { name: '李大爷' })).toHaveLength(1)
  })

  test('50 identical parallel calls: one person, one relationship, one audit entry', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => t.call(P.volunteer, 'station', 'proxyRegister', elder)),
    )
    expect(answers.every((a) => a.ok)).toBe(true)
    expect(t.cloud.db.find('members', { name: '李大爷' })).toHaveLength(1)
    expect(t.cloud.db.find('proxies', { principalName: '李大爷' })).toHaveLength(1)
    expect(audits(t, 'station.proxyRegister')).toHaveLength(1)
  })

  test('registering 王奶奶 again (already registered in her room) never makes a second 王奶奶', async () => {
    const wang = { ...elder, householdId: 'hh-xinan-1-2-101', name: '王奶奶' }
    await expectRefused(t, 'CONFLICT', () => t.call(P.volunteer, 'station', 'proxyRegister', wang))
    expect(t.cloud.db.find('members', { name: '王奶奶' })).toHaveLength(1)
  })

  test('the audit names the consent method in words, with the note', async () => {
    await t.ok(P.volunteer, 'station', 'proxyRegister', elder)
    expect(audits(t, 'station.proxyRegister')[0].summary).toContain('同意方式：本人当面同意（')
  })

  test('a room that does not exist here is INVALID_INPUT on householdId, nothing written', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.volunteer, 'station', 'proxyRegister', { ...elder, householdId: 'hh-xinan-2-1-9999' }),
      'householdId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.volunteer, 'station', 'proxyRegister', { ...elder, householdId: 'hh-other-1-1-101' }),
      'householdId',
    )
  })

  test('consent must be recorded: method and a note', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.volunteer, 'station', 'proxyRegister', { ...elder, consentMethod: 'wechat' }),
      'consentMethod',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.volunteer, 'station', 'proxyRegister', { ...elder, consentNote: '' }),
      'consentNote',
    )
  })

  test('pending members are FORBIDDEN, guests NOT_MEMBER', async () => {
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.pending, 'station', 'proxyRegister', elder))
    await expectRefused(t, 'NOT_MEMBER', () => t.call(P.guest, 'station', 'proxyRegister', elder))
  })
})
