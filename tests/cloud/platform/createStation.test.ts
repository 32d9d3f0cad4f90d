import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { count, errorOf, expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const station = {
  code: 'hongqi-2',
  name: '红旗二号驿站',
  address: '红旗路2号',
  community: '红旗社区',
  headName: '赵站长',
}
const withToken = () => ({ adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN, ...station })

describe('platform.createStation: the deployment admin creates a station and its first 站长 token', () => {
  test('with the admin token: the station exists, resolvable by its code, with a one-time 8-character token valid 7 days', async () => {
    const created = await t.ok(null, 'platform', 'createStation', withToken())
    expect(created).toMatchObject({
      code: 'hongqi-2',
      headClaimToken: expect.stringMatching(/^[A-Z2-9]{8}$/),
    })
    const days = (Date.parse(created.claimExpiresAt) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.99)
    expect(days).toBeLessThanOrEqual(7)
    expect(await t.ok(P.guest, 'station', 'resolve', { code: 'hongqi-2' })).toEqual({
      stationId: created.stationId,
      code: 'hongqi-2',
      name: '红旗二号驿站',
      address: '红旗路2号',
    })
    const profile = await t.ok(P.guest, 'station', 'get', {}, { stationId: created.stationId })
    expect(profile).toMatchObject({
      community: '红旗社区',
      team: [{ name: '赵站长', post: 'stationHead', title: '站长' }],
    })
  })

  test('the new station is empty: no members, buildings or households yet', async () => {
    const { stationId } = await t.ok(null, 'platform', 'createStation', withToken())
    for (const c of ['members', 'buildings', 'households']) expect(count(t, c, { stationId })).toBe(0)
  })

  test("the creation is the station's first audit entry, by the platform admin", async () => {
    const { stationId } = await t.ok(null, 'platform', 'createStation', withToken())
    expect(t.cloud.db.find('auditLog', { stationId })).toEqual([
      expect.objectContaining({
        action: 'platform.createStation',
        actorName: '平台管理员',
        targetId: stationId,
      }),
    ])
  })

  test('then the 站长 claims the role with the token, and a second claim fails', async () => {
    const created = await t.ok(null, 'platform', 'createStation', withToken())
    const me = await t.ok(
      'zhao-openid',
      'station',
      'claimHead',
      { token: created.headClaimToken },
      { stationId: created.stationId },
    )
    expect(me.member).toMatchObject({ name: '赵站长', status: 'verified', roles: ['stationHead'] })
    expect(me.permissions.canManageRoles).toBe(true)
    const again = await t.call(
      'someone-else',
      'station',
      'claimHead',
      { token: created.headClaimToken },
      { stationId: created.stationId },
    )
    expect(errorOf(again)).toMatchObject({ code: 'INVALID_INPUT', field: 'token' })
    const { items } = await t.ok('zhao-openid', 'station', 'myStations', {})
    expect(items).toEqual([
      expect.objectContaining({ stationId: created.stationId, status: 'verified', roles: ['stationHead'] }),
    ])
  })

  test('callable with a WeChat identity as well as without (cloud console, CLI)', async () => {
    expect((await t.ok(P.staff, 'platform', 'createStation', withToken())).code).toBe('hongqi-2')
  })

  test('a wrong admin token is FORBIDDEN, whoever calls; nothing is written', async () => {
    const wrong = { ...station, adminToken: 'x'.repeat(48) }
    await expectRefused(t, 'FORBIDDEN', () => t.call(null, 'platform', 'createStation', wrong))
    await expectRefused(t, 'FORBIDDEN', () => t.call(P.staff, 'platform', 'createStation', wrong))
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(null, 'platform', 'createStation', {
        ...station,
        adminToken: `${t.cloud.secrets.PLATFORM_ADMIN_TOKEN}x`,
      }),
    )
  })

  test('no admin token is INVALID_INPUT on adminToken; nothing is written', async () => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(null, 'platform', 'createStation', station),
      'adminToken',
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(null, 'platform', 'createStation', { ...station, adminToken: 'short' }),
      'adminToken',
    )
  })

  test('a deployment without PLATFORM_ADMIN_TOKEN configured refuses every token', async () => {
    const saved = process.env.PLATFORM_ADMIN_TOKEN
    delete process.env.PLATFORM_ADMIN_TOKEN
    try {
      const error = await expectRefused(t, 'FORBIDDEN', () =>
        t.call(null, 'platform', 'createStation', { ...station, adminToken: saved! }),
      )
      expect(error.message).toMatch(/PLATFORM_ADMIN_TOKEN/)
    } finally {
      process.env.PLATFORM_ADMIN_TOKEN = saved
    }
  })

  test('a code already in use is a CONFLICT and writes nothing', async () => {
    await expectRefused(t, 'CONFLICT', () =>
      t.call(null, 'platform', 'createStation', { ...withToken(), code: 'xinan' }),
    )
  })

  test.each([
    ['code', { code: 's=hongqi' }],
    ['code', { code: '红旗' }],
    ['code', { code: 'h'.repeat(25) }],
    ['name', { name: '' }],
    ['address', { address: '址'.repeat(101) }],
    ['community', { community: 42 }],
    ['headName', { headName: undefined }],
  ])('bad %s is INVALID_INPUT, nothing written', async (field, change) => {
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(null, 'platform', 'createStation', { ...withToken(), ...change }),
      field,
    )
  })
})
