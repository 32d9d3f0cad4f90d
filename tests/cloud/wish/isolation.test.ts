/**
 * Another station's wishes are invisible at 馨安: not on the wall, not in any list, and by id
 * they are NOT_FOUND for every action — reading, revealing, claiming, confirming, reviewing.
 * The other station's own people see theirs and none of 馨安's.
 */
import { OTHER, P } from '../support/fixtures'
import type { TestCloud } from '../support/cloud'
import { expectRefused } from '../support/helpers'
import { OTHER_WISH, wishCloud } from './support'

jest.setTimeout(60_000)

/** What only the other station's records contain. */
const FOREIGN = /other|外站|外居民|外1栋/

let t: TestCloud
beforeAll(async () => {
  t = await wishCloud()
})
afterAll(() => t.stop())

test('馨安’s lists never show the other station’s wish', async () => {
  for (const filter of ['open', 'claimed', 'fulfilled'])
    for (const who of [P.volunteer, P.staff]) {
      const wall = await t.ok(who, 'wish', 'wall', { filter, limit: 100 })
      expect(JSON.stringify(wall)).not.toMatch(FOREIGN)
    }
  for (const status of ['pending', 'disputed']) {
    const queue = await t.ok(P.staff, 'wish', 'queue', { status, limit: 100 })
    expect(JSON.stringify(queue)).not.toMatch(FOREIGN)
  }
  const stats = await t.ok(P.staff, 'wish', 'stats', {})
  expect(stats.total.posted).toBe(12)
  expect(JSON.stringify(await t.ok(P.staff, 'wish', 'findResident', { q: '外' }))).toBe('{"items":[]}')
})

test.each([
  ['detail', P.staff, {}],
  ['contact', P.staff, {}],
  ['claim', P.volunteer, {}],
  ['release', P.volunteer, {}],
  ['progress', P.volunteer, { note: '进展' }],
  ['confirm', P.staff, {}],
  ['dispute', P.resident, { reason: '没做' }],
  ['thank', P.resident, { thanks: '谢谢' }],
  ['withdraw', P.staff, {}],
  ['review', P.staff, { decision: 'approve' }],
  ['resolve', P.staff, { decision: 'confirm', note: '好' }],
])('%s on the other station’s wish from 馨安 is NOT_FOUND and writes nothing', async (action, who, extra) => {
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(who, 'wish', action as never, { wishId: OTHER_WISH, ...extra }),
  )
})

test('the other station sees its own wish, and none of 馨安’s', async () => {
  const wall = await t.ok(P.otherResident, 'wish', 'wall', { filter: 'open' }, { stationId: OTHER })
  expect(wall.items.map((w) => w.wishId)).toEqual([OTHER_WISH])
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.otherStaff, 'wish', 'detail', { wishId: 'wi-xa-walk' }, { stationId: OTHER }),
  )
  await expectRefused(t, 'NOT_FOUND', () =>
    t.call(P.otherStaff, 'wish', 'contact', { wishId: 'wi-xa-walk' }, { stationId: OTHER }),
  )
})
