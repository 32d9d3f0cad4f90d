import type { TestCloud } from '../support/cloud'
import { OTHER, P, XINAN } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

describe('platform.listStations: every station of the deployment, for the admin', () => {
  test('with the admin token: stations with their verified member counts', async () => {
    const page = await t.ok(null, 'platform', 'listStations', {
      adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
    })
    expect(page).toMatchObject({ total: 2, skip: 0, limit: 20, hasMore: false })
    const byId = new Map(page.items.map((s) => [s.stationId, s]))
    expect(byId.get(XINAN)).toEqual({
      stationId: XINAN,
      code: 'xinan',
      name: '馨安公寓红旗驿站',
      // 14 residents and staff, and the volunteer domain's organiser and merchant.
      memberCount: 16,
    })
    expect(byId.get(OTHER)).toMatchObject({ code: 'other', memberCount: 4 })
  })

  test('pages', async () => {
    const page = await t.ok(null, 'platform', 'listStations', {
      adminToken: t.cloud.secrets.PLATFORM_ADMIN_TOKEN,
      limit: 1,
      skip: 1,
    })
    expect(page).toMatchObject({ total: 2, hasMore: false })
    expect(page.items).toHaveLength(1)
  })

  test('without the right token: FORBIDDEN (wrong) or INVALID_INPUT (missing), even for a 站长', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.staff, 'platform', 'listStations', { adminToken: 'y'.repeat(48) }),
    )
    await expectRefused(
      t,
      'INVALID_INPUT',
      () => t.call(P.staff, 'platform', 'listStations', {}),
      'adminToken',
    )
  })
})
