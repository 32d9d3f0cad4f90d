/**
 * Update operators as the SDK encodes them (db.command.inc/push/pull/addToSet/remove/…), applied
 * with MongoDB's semantics, including the type errors MongoDB raises.
 */
import { rejection, startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud } from './helpers/local-cloud'

let lc: LocalCloud
let seq = 0

beforeAll(async () => {
  lc = await startLocalCloud()
})
afterAll(() => lc.close())

/** Stores `doc` as `_id: 'u'` in a fresh collection, applies `data`, returns the stored result. */
async function afterUpdate(doc: Record<string, unknown>, data: Record<string, unknown>) {
  const name = `upd${++seq}`
  await lc.db.createCollection(name)
  await lc.db.insertMany(name, [{ _id: 'u', ...doc }])
  const result = await lc.database.collection(name).doc('u').update({ data })
  const { _id, ...stored } = lc.db.find(name)[0]
  return { stored, updated: result.stats.updated, id: _id }
}

test('inc adds (and creates a missing field); mul multiplies; min and max keep the smaller / larger', async () => {
  const _ = lc.database.command
  const { stored } = await afterUpdate(
    { points: 10, price: 5, low: 3, high: 3 },
    { points: _.inc(-3), fresh: _.inc(2), price: _.mul(3), low: _.min(1), high: _.max(2) },
  )
  expect(stored).toEqual({ points: 7, fresh: 2, price: 15, low: 1, high: 3 })
})

test('remove() unsets a field; rename moves it', async () => {
  const _ = lc.database.command
  const { stored } = await afterUpdate({ a: 1, b: 2, c: 3 }, { a: _.remove(), b: _.rename('bb') })
  expect(stored).toEqual({ c: 3, bb: 2 })
})

test('push appends values; with each/position/sort/slice it inserts, orders and trims', async () => {
  const _ = lc.database.command
  const { stored } = await afterUpdate(
    { log: [1], ranks: [5, 1, 9], queue: ['b'] },
    {
      log: _.push([2, 3]),
      ranks: _.push({ each: [7], sort: -1, slice: 3 }),
      queue: _.push({ each: ['a'], position: 0 }),
    },
  )
  expect(stored).toEqual({ log: [1, 2, 3], ranks: [9, 7, 5], queue: ['a', 'b'] })
})

test('unshift, pop and shift work on the ends of an array', async () => {
  const _ = lc.database.command
  const { stored } = await afterUpdate(
    { a: [2, 3], b: [1, 2, 3], c: [1, 2, 3] },
    { a: _.unshift([1]), b: _.pop(), c: _.shift() },
  )
  expect(stored).toEqual({ a: [1, 2, 3], b: [1, 2], c: [2, 3] })
})

test('pull removes equal values or elements matching a condition; pullAll removes listed values', async () => {
  const _ = lc.database.command
  const { stored } = await afterUpdate(
    { a: [1, 2, 1, 3], items: [{ n: 1 }, { n: 5 }, { n: 9 }], c: [1, 2, 3] },
    { a: _.pull(1), items: _.pull({ n: _.gt(4) }), c: _.pullAll([1, 3]) },
  )
  expect(stored).toEqual({ a: [2, 3], items: [{ n: 1 }], c: [2] })
})

test('addToSet adds only missing values, also with $each and on a missing field', async () => {
  const _ = lc.database.command
  const { stored } = await afterUpdate(
    { tags: ['a'] },
    { tags: _.addToSet({ $each: ['a', 'b', 'b'] }), fresh: _.addToSet({ $each: ['x', 'x', 'y'] }) },
  )
  expect(stored).toEqual({ tags: ['a', 'b'], fresh: ['x', 'y'] })
  const again = await afterUpdate({ tags: ['a'] }, { tags: _.addToSet('a') })
  expect(again.updated).toBe(0)
})

test('a dotted path sets into an embedded document, creating missing levels', async () => {
  const { stored } = await afterUpdate({ profile: { name: 'x' } }, { 'profile.age': 30, 'stats.visits': 1 })
  expect(stored).toEqual({ profile: { name: 'x', age: 30 }, stats: { visits: 1 } })
})

test('inc on a non-number, push on a non-array and a path through a scalar are rejected and change nothing', async () => {
  const _ = lc.database.command
  const name = `upd${++seq}`
  await lc.db.createCollection(name)
  await lc.db.insertMany(name, [{ _id: 'u', s: 'text', n: 1 }])
  const doc = lc.database.collection(name).doc('u')
  for (const data of [{ s: _.inc(1) }, { n: _.push([1]) }, { 'n.deeper': 1 }]) {
    const err = await rejection(doc.update({ data }))
    expect(err.errCode).toBe(-502001)
  }
  expect(lc.db.find(name)).toEqual([{ _id: 'u', s: 'text', n: 1 }])
})
