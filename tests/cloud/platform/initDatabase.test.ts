import { COLLECTIONS } from '../../../types/collections'
import type { TestCloud } from '../support/cloud'
import { P } from '../support/fixtures'
import { expectRefused, seededCloud } from '../support/helpers'

let t: TestCloud
beforeEach(async () => {
  t = await seededCloud()
})
afterEach(() => t.stop())

const token = () => t.cloud.secrets.PLATFORM_ADMIN_TOKEN

describe('platform.initDatabase: the deploy step that creates every collection', () => {
  test('repeating it is safe: every declared collection already exists and nothing is created twice', async () => {
    const result = await t.ok(null, 'platform', 'initDatabase', { adminToken: token() })
    expect(result.created).toEqual([])
    expect(result.existing.sort()).toEqual(Object.keys(COLLECTIONS).sort())
  })

  test('it lists the indexes to add in the console, unique ones first', async () => {
    const { indexes } = await t.ok(null, 'platform', 'initDatabase', { adminToken: token() })
    const declared = Object.values(COLLECTIONS).flat()
    expect(indexes).toHaveLength(declared.length)
    const firstPlain = indexes.findIndex((i) => !i.unique)
    expect(indexes.slice(firstPlain).every((i) => !i.unique)).toBe(true)
    expect(indexes).toContainEqual({
      collection: 'members',
      name: 'station_openid_unique',
      keys: 'stationId 升序, openid 升序',
      unique: true,
    })
  })

  test('without the admin token it is FORBIDDEN, whoever calls', async () => {
    await expectRefused(t, 'FORBIDDEN', () =>
      t.call(P.staff, 'platform', 'initDatabase', { adminToken: 'x'.repeat(32) }),
    )
    await expectRefused(t, 'INVALID_INPUT', () => t.call(null, 'platform', 'initDatabase', {}), 'adminToken')
  })
})
