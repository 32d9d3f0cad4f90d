/**
 * Single-request writes are atomic: a conditional update matches and writes in one step, so
 * parallel callers can never oversell (DESIGN.md §4: "an atomic conditional update ... checked by
 * its stats.updated").
 */
import { startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud } from './helpers/local-cloud'

let lc: LocalCloud

beforeAll(async () => {
  lc = await startLocalCloud()
})
afterAll(() => lc.close())

test('50 parallel where({_id, stock: gt(0)}).update(inc(-1)) on stock 10: exactly 10 succeed, stock ends at 0', async () => {
  await lc.db.createCollection('rewards')
  await lc.db.insertMany('rewards', [{ _id: 'gift', stock: 10 }])
  const _ = lc.database.command
  const attempts = Array.from({ length: 50 }, () =>
    lc.database
      .collection('rewards')
      .where({ _id: 'gift', stock: _.gt(0) })
      .update({ data: { stock: _.inc(-1) } }),
  )
  const results = await Promise.all(attempts)
  expect(results.filter((r) => r.stats.updated === 1)).toHaveLength(10)
  expect(results.filter((r) => r.stats.updated === 0)).toHaveLength(40)
  expect(lc.db.find('rewards')).toEqual([{ _id: 'gift', stock: 0 }])
})

test('100 parallel inc(1) on one document all count', async () => {
  await lc.db.createCollection('counters')
  await lc.db.insertMany('counters', [{ _id: 'c', n: 0 }])
  const _ = lc.database.command
  await Promise.all(
    Array.from({ length: 100 }, () =>
      lc.database
        .collection('counters')
        .doc('c')
        .update({ data: { n: _.inc(1) } }),
    ),
  )
  expect(lc.db.find('counters')[0].n).toBe(100)
})

test('20 parallel adds of the same unique key: exactly one is stored, the rest get E11000', async () => {
  await lc.db.createCollection('checkins')
  await lc.db.ensureIndex('checkins', { name: 'once', keys: { activityId: 1, memberId: 1 }, unique: true })
  const attempts = Array.from({ length: 20 }, () =>
    lc.database
      .collection('checkins')
      .add({ data: { activityId: 'a1', memberId: 'm1' } })
      .then(
        () => 'stored',
        (err: Error) => (err.message.includes('E11000 duplicate key') ? 'duplicate' : err.message),
      ),
  )
  const outcomes = await Promise.all(attempts)
  expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1)
  expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19)
  expect(lc.db.find('checkins')).toHaveLength(1)
})
