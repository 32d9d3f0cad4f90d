import { phoneToken } from '../../../cloudfunctions/station/phone'
import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import {
  audits,
  errorOf,
  expectRefused,
  memberDoc,
  membersWhere,
  phoneCode,
  seededCloud,
} from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const ROOM = 'hh-xinan-5-1-1102' // 5栋1单元1102, nobody registered
const form = {
  householdId: ROOM,
  relation: 'owner',
  name: '新邻居',
  phone: '13912345678',
  isVolunteer: true,
  skills: ['修电脑', '修电脑', '摄影'],
  isPartyMember: true,
}

describe('station.register: a person registers to a household and waits for verification', () => {
  test('a guest registers: pending, phone from WeChat verification, household label, nothing else granted', async () => {
    const { phone: _typed, ...rest } = form
    const { phoneToken, phoneMasked } = await t.ok(P.guest, 'station', 'verifyPhone', {
      code: phoneCode('13912345678'),
    })
    expect(phoneMasked).toBe('139****5678')
    const self = await t.ok(P.guest, 'station', 'register', { ...rest, phoneToken })
    expect(self.phoneVerified).toBe(true)
    expect(self).toMatchObject({
      name: '新邻居',
      status: 'pending',
      relation: 'owner',
      phoneMasked: '139****5678',
      isVolunteer: true,
      isPartyMember: true,
      skills: ['修电脑', '摄影'],
      roles: [],
      verifiedAt: null,
    })
    expect(self.household).toEqual({
      householdId: ROOM,
      buildingId: 'bd-xinan-5',
      buildingName: '5栋',
      unit: 1,
      room: '1102',
      label: '5栋1单元1102',
    })
    const stored = memberDoc(t, self.memberId)
    expect(stored).toMatchObject({
      stationId: XINAN,
      openid: P.guest,
      phone: '13912345678',
      buildingId: 'bd-xinan-5',
      status: 'pending',
    })
    const me = await t.ok(P.guest, 'station', 'me', {})
    expect(me.member!.memberId).toBe(self.memberId)
    expect(me.roles).toEqual([])
  })

  test('registration is audited', async () => {
    const self = await t.ok(P.guest, 'station', 'register', form)
    expect(audits(t, 'station.register')).toEqual([
      expect.objectContaining({
        actorId: null,
        targetId: self.memberId,
        summary: expect.stringContaining('新邻居 登记 5栋1单元1102（待审核'),
      }),
    ])
  })

  test('skills are kept only for volunteers', async () => {
    const self = await t.ok(P.guest, 'station', 'register', { ...form, isVolunteer: false })
    expect(self.skills).toEqual([])
  })

  test('identity comes from WeChat only: an openid or stationId in the payload is ignored', async () => {
    const self = await t.ok(P.guest, 'station', 'register', {
      ...form,
      openid: P.staff,
      stationId: OTHER,
      status: 'verified',
      roles: ['stationHead'],
    })
    expect(memberDoc(t, self.memberId)).toMatchObject({
      openid: P.guest,
      stationId: XINAN,
      status: 'pending',
      roles: [],
    })
    expect(membersWhere(t, { openid: P.staff, stationId: XINAN })).toHaveLength(1)
  })

  test('registering twice is idempotent: one member, updated in place', async () => {
    const first = await t.ok(P.guest, 'station', 'register', form)
    const second = await t.ok(P.guest, 'station', 'register', {
      ...form,
      name: '新邻居二',
      relation: 'tenant',
    })
    expect(second.memberId).toBe(first.memberId)
    expect(membersWhere(t, { openid: P.guest })).toHaveLength(1)
    expect(memberDoc(t, first.memberId)).toMatchObject({
      name: '新邻居二',
      relation: 'tenant',
      status: 'pending',
    })
  })

  test('parallel duplicate registrations by the same person make one member', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.call('double-tapper', 'station', 'register', form)),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    const ids = new Set(results.map((r) => (r.ok ? r.data.memberId : '')))
    expect(ids.size).toBe(1)
    expect(membersWhere(t, { openid: 'double-tapper' })).toHaveLength(1)
  })

  test('a rejected registration fixed and sent again is pending again, reason cleared', async () => {
    const again = await t.ok(P.rejected, 'station', 'register', {
      ...form,
      householdId: 'hh-xinan-4-2-802',
      name: '冯军',
    })
    expect(again).toMatchObject({ memberId: 'mb-xa-rej', status: 'pending', rejectReason: '' })
    expect(again.household!.label).toBe('4栋2单元802')
  })

  test('a pending resident may correct the household before verification', async () => {
    const again = await t.ok(P.pending, 'station', 'register', { ...form, name: '赵磊' })
    expect(again).toMatchObject({ memberId: 'mb-xa-pend1', status: 'pending' })
    expect(memberDoc(t, 'mb-xa-pend1').householdId).toBe(ROOM)
  })

  test('a verified resident re-registering the same household stays verified (e.g. becoming a volunteer)', async () => {
    const again = await t.ok(P.resident, 'station', 'register', {
      ...form,
      householdId: 'hh-xinan-1-1-301',
      name: '刘阿姨',
    })
    expect(again).toMatchObject({ memberId: 'mb-xa-res1', status: 'verified', isVolunteer: true })
    expect(audits(t, 'station.register')[0].summary).toContain('1栋1单元301')
  })

  test('a verified resident registering a different household is a CONFLICT; nothing changes', async () => {
    const error = await expectRefused(t, 'CONFLICT', () => t.call(P.resident, 'station', 'register', form))
    expect(error.message).toMatch(/迁出/)
  })

  test('after moving out the same person registers again: the same record, pending, with the new home', async () => {
    await t.ok(P.resident, 'station', 'moveOut', {})
    const again = await t.ok(P.resident, 'station', 'register', { ...form, name: '刘阿姨' })
    expect(again).toMatchObject({ memberId: 'mb-xa-res1', status: 'pending' })
    expect(memberDoc(t, 'mb-xa-res1')).toMatchObject({ householdId: ROOM, leftAt: null, status: 'pending' })
  })

  test('staff without a household may attach one and stay verified', async () => {
    const self = await t.ok(P.property, 'station', 'register', { ...form, name: '陈刚' })
    expect(self).toMatchObject({
      memberId: 'mb-xa-property',
      status: 'verified',
      roles: ['deputyHead', 'sideRep'],
    })
  })

  test('registering at a second station makes a separate membership there', async () => {
    await t.ok(
      P.resident,
      'station',
      'register',
      { ...form, householdId: 'hh-other-1-1-201', name: '刘阿姨' },
      { stationId: OTHER },
    )
    const { items } = await t.ok(P.resident, 'station', 'myStations', {})
    expect(items.map((s) => [s.stationId, s.status]).sort()).toEqual([
      [OTHER, 'pending'],
      [XINAN, 'verified'],
    ])
  })

  test('a phone code WeChat does not accept is INVALID_INPUT on code, nothing written', async () => {
    for (const code of ['wx-expired-code', 'local:12345'])
      await expectRefused(
        t,
        'INVALID_INPUT',
        () => t.call(P.guest, 'station', 'verifyPhone', { code }),
        'code',
      )
  })

  test('a room that does not exist, or exists at another station, is INVALID_INPUT on householdId', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'register', { ...form, householdId: 'hh-xinan-1-1-9901' }),
      'householdId',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'register', { ...form, householdId: 'hh-other-1-1-101' }),
      'householdId',
    )
  })

  test('registering is not something a stand-in does through onBehalfOf (there is proxyRegister)', async () => {
    expect(
      errorOf(await t.call(P.proxy, 'station', 'register', form, { onBehalfOf: 'mb-xa-elder' })).code,
    ).toBe('FORBIDDEN')
  })
})

describe('station.register: the phone number, verified, typed by hand, or reused', () => {
  const { phone: _typed, ...noPhone } = form
  const tokenFor = async (openid: string, phone: string) =>
    (await t.ok(openid, 'station', 'verifyPhone', { code: phoneCode(phone) })).phoneToken

  test('a number typed by hand (the phone button failed) is kept as unverified', async () => {
    const self = await t.ok(P.guest, 'station', 'register', form)
    expect(self).toMatchObject({ phoneMasked: '139****5678', phoneVerified: false })
    expect(audits(t, 'station.register')[0].summary).toContain('手机号未验证')
  })

  test('the building head confirms a typed number while approving; only then is it verified', async () => {
    const self = await t.ok(P.guest, 'station', 'register', form)
    const row = await t.ok(P.staff, 'station', 'verify', {
      memberId: self.memberId,
      decision: 'approve',
      phoneConfirmed: true,
    })
    expect(row.phoneVerified).toBe(true)
    expect(memberDoc(t, self.memberId).phoneVerified).toBe(true)
    expect(audits(t, 'station.verify.approve')[0].summary).toContain('已核对手机号')
  })

  test('approving without confirming leaves a typed number unverified', async () => {
    const self = await t.ok(P.guest, 'station', 'register', form)
    await t.ok(P.staff, 'station', 'verify', { memberId: self.memberId, decision: 'approve' })
    expect(memberDoc(t, self.memberId)).toMatchObject({ status: 'verified', phoneVerified: false })
  })

  test('a token minted for someone else is refused (tokens are bound to who verified)', async () => {
    const stolen = await tokenFor(P.resident, '13900001111')
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'register', { ...noPhone, phoneToken: stolen }),
      'phoneToken',
    )
  })

  test('a token older than half an hour is EXPIRED on phoneToken, nothing written', async () => {
    const old = phoneToken(P.guest, '13912345678', new Date(Date.now() - 31 * 60 * 1000)).token
    await expectRefused(
      t,
      'EXPIRED',
      () => t.call(P.guest, 'station', 'register', { ...noPhone, phoneToken: old }),
      'phoneToken',
    )
  })

  test('a tampered token is refused', async () => {
    const token = await tokenFor(P.guest, '13912345678')
    const forged = token.replace('13912345678', '13800000000')
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'register', { ...noPhone, phoneToken: forged }),
      'phoneToken',
    )
  })

  test('registering again without a phone reuses the number WeChat verified before (no second charge)', async () => {
    // 刘阿姨 is verified at 馨安 with a verified number; she registers at a second station.
    const self = await t.ok(
      P.resident,
      'station',
      'register',
      { ...noPhone, householdId: 'hh-other-1-1-201', name: '刘阿姨' },
      { stationId: OTHER },
    )
    expect(self.phoneVerified).toBe(true)
    expect(self.phoneMasked).toBe(memberDoc(t, 'mb-xa-res1').phone.replace(/^(\d{3})\d{4}/, '$1****'))
  })

  test('a newcomer with neither a verified nor a typed number is asked for one, nothing written', async () => {
    await expectRefused(t, 'INVALID_INPUT', () => t.call(P.guest, 'station', 'register', noPhone), 'phone')
  })

  test('a typed number that is not 11 digits is INVALID_INPUT on phone', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.guest, 'station', 'register', { ...form, phone: '123' }),
      'phone',
    )
  })
})
