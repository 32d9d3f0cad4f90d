/**
 * Ordering, paging, the server-side page cap, projections and count, as documented for cloud
 * functions: get() returns 100 records without limit(), at most 1000 with it.
 */
import { startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud, Row } from './helpers/local-cloud'

let lc: LocalCloud
const TOTAL = 1100

beforeAll(async () => {
  lc = await startLocalCloud()
  await lc.db.createCollection('many')
  const docs = Array.from({ length: TOTAL }, (_, i) => ({
    _id: `d${String(i).padStart(4, '0')}`,
    n: i,
    group: i % 3,
  }))
  await lc.db.insertMany('many', docs)
  await lc.db.createCollection('people')
  await lc.db.insertMany('people', [
    { _id: 'p1', name: 'b', age: 30, city: 'x', profile: { nick: 'bb', phone: '1' } },
    { _id: 'p2', name: 'a', age: 30, city: 'y', profile: { nick: 'aa', phone: '2' } },
    { _id: 'p3', name: 'c', age: 20, profile: { nick: 'cc', phone: '3' } },
    { _id: 'p4', name: 'd', age: null },
  ])
})
afterAll(() => lc.close())

const many = () => lc.database.collection('many')
const people = () => lc.database.collection('people')

test('get() without limit() returns the first 100 documents, in insertion order', async () => {
  const { data } = await many().get()
  expect(data).toHaveLength(100)
  expect(data[0]._id).toBe('d0000')
  expect(data[99]._id).toBe('d0099')
})

test('limit() above 1000 is capped at 1000', async () => {
  expect((await many().limit(1000).get()).data).toHaveLength(1000)
  expect((await many().limit(5000).get()).data).toHaveLength(1000)
})

test('a wire request with a limit above 1000 gets 1000 documents and says so in the reply', async () => {
  const reply = await lc.db.handle({
    action: 'database.getDocument',
    collectionName: 'many',
    queryType: 'WHERE',
    limit: 5000,
  })
  const data = reply.data as { list: string[]; limit: number }
  expect(data.list).toHaveLength(1000)
  expect(data.limit).toBe(1000)
})

test('skip() and limit() page through the results without overlap', async () => {
  const first = (await many().orderBy('n', 'asc').skip(0).limit(10).get()).data.map((d: Row) => d.n)
  const second = (await many().orderBy('n', 'asc').skip(10).limit(10).get()).data.map((d: Row) => d.n)
  expect(first).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  expect(second).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
  const last = (await many().orderBy('n', 'asc').skip(1095).limit(10).get()).data
  expect(last).toHaveLength(5)
})

test('orderBy on several fields sorts by the first, then the next', async () => {
  const { data } = await people().orderBy('age', 'desc').orderBy('name', 'asc').get()
  expect(data.map((d: Row) => d._id)).toEqual(['p2', 'p1', 'p3', 'p4'])
})

test('ascending order puts null and missing values first, as MongoDB does', async () => {
  const { data } = await people().orderBy('city', 'asc').get()
  expect(data.map((d: Row) => d.city ?? null)).toEqual([null, null, 'x', 'y'])
})

test('orderBy on a nested field', async () => {
  const { data } = await people()
    .where({ profile: lc.database.command.exists(true) })
    .orderBy('profile.nick', 'asc')
    .get()
  expect(data.map((d: Row) => d._id)).toEqual(['p2', 'p1', 'p3'])
})

test('field() includes only the named fields plus _id', async () => {
  const { data } = await people().where({ _id: 'p1' }).field({ name: true, 'profile.nick': true }).get()
  expect(data).toEqual([{ _id: 'p1', name: 'b', profile: { nick: 'bb' } }])
})

test('field() with false excludes the named fields, and can drop _id', async () => {
  const { data } = await people().where({ _id: 'p1' }).field({ profile: false, city: false }).get()
  expect(data).toEqual([{ _id: 'p1', name: 'b', age: 30 }])
  const withoutId = await people().where({ _id: 'p1' }).field({ name: true, _id: false }).get()
  expect(withoutId.data).toEqual([{ name: 'b' }])
})

test('doc().field() projects a single-document read', async () => {
  const { data } = await people().doc('p2').field({ age: true }).get()
  expect(data).toEqual({ _id: 'p2', age: 30 })
})

test('count() counts every match, ignoring the page cap', async () => {
  expect((await many().count()).total).toBe(TOTAL)
  expect((await many().where({ group: 0 }).count()).total).toBe(Math.ceil(TOTAL / 3))
})
