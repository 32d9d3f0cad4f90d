import { fixtures, OTHER, P, XINAN } from '../support/fixtures'
import { startTestCloud } from '../support/cloud'
import type { TestCloud } from '../support/cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud(XINAN)
  for (const set of fixtures()) await t.seed(set)
})
afterAll(() => t.stop())

describe('the thin slice: scene -> station -> profile -> me', () => {
  test('resolve turns the QR code into the station card', async () => {
    const card = await t.ok(P.guest, 'station', 'resolve', { code: 'xinan' })
    expect(card).toEqual({
      stationId: XINAN,
      code: 'xinan',
      name: '馨安公寓红旗驿站',
      address: expect.stringContaining('馨安路88号'),
    })
  })

  test('get answers the profile with the team and its sides', async () => {
    const profile = await t.ok(P.guest, 'station', 'get', {})
    expect(profile.name).toBe('馨安公寓红旗驿站')
    expect(profile.team.map((s) => [s.name, s.post, s.side])).toContainEqual([
      '李建华',
      'stationHead',
      'partyBranch',
    ])
    expect(profile.openingHours).toMatch(/8:30/)
  })

  test('me: a guest is nobody here yet', async () => {
    const me = await t.ok(P.guest, 'station', 'me', {})
    expect(me.member).toBeNull()
    expect(me.roles).toEqual([])
    expect(me.permissions.isStaff).toBe(false)
  })

  test('me: the building head sees their roles and buildings', async () => {
    const me = await t.ok(P.head1, 'station', 'me', {})
    expect(me.member?.name).toBe('张桂兰')
    expect(me.roles).toEqual(expect.arrayContaining(['buildingHead', 'resident', 'volunteer', 'partyMember']))
    expect(me.member?.headOf.map((b) => b.name)).toEqual(['1栋', '2栋'])
    expect(me.member?.phoneMasked).toBe('138****0004')
    expect(me.permissions.canVerify).toBe(true)
  })

  test('no identity: UNAUTHENTICATED, whatever the payload claims', async () => {
    const res = await t.call(null, 'station', 'me', { openid: P.staff } as Record<string, unknown>)
    expect(res).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.any(String) } })
  })

  test('unknown action: a typed error', async () => {
    const res = await t.call(P.guest, 'station', 'nope' as 'get', {})
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error.code).toBe('UNKNOWN_ACTION')
  })

  test('another station answers with its own profile only', async () => {
    const other = await t.ok(P.guest, 'station', 'get', {}, { stationId: OTHER })
    expect(other.name).toBe('别的小区驿站')
  })
})
