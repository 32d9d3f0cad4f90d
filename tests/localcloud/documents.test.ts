/**
 * Single- and multi-document reads and writes through the real wx-server-sdk, as documented for
 * the cloud database (collection.add, doc().get/update/set/remove, where().update/remove).
 */
import { rejection, startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud, Row } from './helpers/local-cloud'

const NOW = Date.UTC(2024, 0, 2, 3, 4, 5)
let lc: LocalCloud
let seq = 0
/** A fresh collection per test, so tests do not see each other's documents. */
async function freshCollection() {
  const name = `docs${++seq}`
  await lc.db.createCollection(name)
  return lc.database.collection(name)
}

beforeAll(async () => {
  lc = await startLocalCloud({ now: () => NOW })
})
afterAll(() => lc.close())

describe('add', () => {
  test('returns a generated 32-hex-character _id that the document reads back with', async () => {
    const coll = await freshCollection()
    const { _id } = (await coll.add({ data: { name: '张三' } })) as { _id: string }
    expect(_id).toMatch(/^[0-9a-f]{32}$/)
    const { data } = await coll.doc(_id).get()
    expect(data).toEqual({ _id, name: '张三' })
  })

  test('honours an explicit _id', async () => {
    const coll = await freshCollection()
    const result = (await coll.add({ data: { _id: 'household-1', room: '3-2-101' } })) as { _id: string }
    expect(result._id).toBe('household-1')
    expect((await coll.doc('household-1').get()).data).toEqual({ _id: 'household-1', room: '3-2-101' })
  })

  test('an array returns one id per document, in order', async () => {
    const coll = await freshCollection()
    const result = (await coll.add({
      data: [{ _id: 'a', n: 1 }, { n: 2 }, { _id: 'c', n: 3 }],
    })) as {
      _ids: string[]
    }
    expect(result._ids).toHaveLength(3)
    expect(result._ids[0]).toBe('a')
    expect(result._ids[2]).toBe('c')
    expect((await coll.count()).total).toBe(3)
  })

  test('reusing an existing _id fails with an E11000 duplicate key error and writes nothing', async () => {
    const coll = await freshCollection()
    await coll.add({ data: { _id: 'x', v: 1 } })
    const err = await rejection(coll.add({ data: { _id: 'x', v: 2 } }))
    expect(err.errCode).toBe(-502001)
    expect(err.message).toContain('E11000 duplicate key error collection')
    expect(err.message).toContain('index: _id_')
    expect((await coll.doc('x').get()).data).toEqual({ _id: 'x', v: 1 })
  })
})

describe('doc().get', () => {
  test('of a missing document fails with "does not exist" (the SDK default throwOnNotFound)', async () => {
    const coll = await freshCollection()
    const err = await rejection(coll.doc('missing').get())
    expect(err.message).toBe('document.get:fail document with _id missing does not exist')
  })

  test('of a missing document gives null with throwOnNotFound: false', async () => {
    const coll = await freshCollection()
    const database = lc.sdk.database({ throwOnNotFound: false })
    const { data } = await database.collection(coll.collectionName).doc('x').get()
    expect(data).toBeNull()
  })
})

describe('doc().update', () => {
  test('merges fields and reports updated: 1', async () => {
    const coll = await freshCollection()
    await coll.add({ data: { _id: 'm1', name: '李四', phone: '138' } })
    const result = await coll.doc('m1').update({ data: { phone: '139', verified: true } })
    expect(result.stats.updated).toBe(1)
    expect((await coll.doc('m1').get()).data).toEqual({
      _id: 'm1',
      name: '李四',
      phone: '139',
      verified: true,
    })
  })

  test('that changes nothing reports updated: 0', async () => {
    const coll = await freshCollection()
    await coll.add({ data: { _id: 'm1', phone: '138' } })
    expect((await coll.doc('m1').update({ data: { phone: '138' } })).stats.updated).toBe(0)
  })

  test('of a missing document reports updated: 0 and creates nothing', async () => {
    const coll = await freshCollection()
    expect((await coll.doc('ghost').update({ data: { a: 1 } })).stats.updated).toBe(0)
    expect((await coll.count()).total).toBe(0)
  })

  test('with a nested plain object merges into it, while _.set replaces the object', async () => {
    const coll = await freshCollection()
    const _ = lc.database.command
    await coll.add({ data: { _id: 'p', address: { building: 3, unit: 2 }, tags: { a: 1, b: 2 } } })
    await coll.doc('p').update({ data: { address: { room: 101 }, tags: _.set({ c: 3 }) } })
    expect((await coll.doc('p').get()).data).toEqual({
      _id: 'p',
      address: { building: 3, unit: 2, room: 101 },
      tags: { c: 3 },
    })
  })

  test('cannot change _id (rejected by the server, not only by the SDK)', async () => {
    const coll = await freshCollection()
    const _ = lc.database.command
    await coll.add({ data: { _id: 'keep', other: 'x' } })
    const err = await rejection(coll.doc('keep').update({ data: { other: _.rename('_id') } }))
    expect(err.errCode).toBe(-502001)
    expect(err.message).toContain("would modify the immutable field '_id'")
    const wire = await lc.db.handle({
      action: 'database.modifyDocument',
      collectionName: coll.collectionName,
      queryType: 'DOC',
      query: '{"_id":"keep"}',
      data: '{"$set":{"_id":"changed"}}',
      merge: true,
    })
    expect(wire.code).toBe('DATABASE_REQUEST_FAILED')
    expect((await coll.doc('keep').get()).data).toEqual({ _id: 'keep', other: 'x' })
  })
})

describe('doc().set', () => {
  test('replaces the whole document and keeps its _id', async () => {
    const coll = await freshCollection()
    await coll.add({ data: { _id: 's', a: 1, b: 2 } })
    const result = await coll.doc('s').set({ data: { c: 3 } })
    expect(result.stats).toEqual({ updated: 1, created: 0 })
    expect((await coll.doc('s').get()).data).toEqual({ _id: 's', c: 3 })
  })

  test('creates the document when the id is new (created: 1)', async () => {
    const coll = await freshCollection()
    const result = await coll.doc('new').set({ data: { c: 3 } })
    expect(result.stats).toEqual({ updated: 0, created: 1 })
    expect((await coll.doc('new').get()).data).toEqual({ _id: 'new', c: 3 })
  })
})

describe('remove', () => {
  test('doc().remove deletes the document; removing it again reports removed: 0', async () => {
    const coll = await freshCollection()
    await coll.add({ data: { _id: 'r' } })
    expect((await coll.doc('r').remove()).stats.removed).toBe(1)
    expect((await coll.doc('r').remove()).stats.removed).toBe(0)
    expect((await coll.count()).total).toBe(0)
  })

  test('where().remove removes every match and nothing else', async () => {
    const coll = await freshCollection()
    await coll.add({ data: [{ k: 1 }, { k: 1 }, { k: 2 }] })
    expect((await coll.where({ k: 1 }).remove()).stats.removed).toBe(2)
    expect((await coll.get()).data.map((d: Row) => d.k)).toEqual([2])
  })
})

describe('where().update', () => {
  test('updates every match and reports how many changed', async () => {
    const coll = await freshCollection()
    const _ = lc.database.command
    await coll.add({
      data: [
        { k: 1, n: 1 },
        { k: 1, n: 5 },
        { k: 2, n: 1 },
      ],
    })
    const result = await coll.where({ k: 1 }).update({ data: { n: _.inc(10) } })
    expect(result.stats.updated).toBe(2)
    const docs = (await coll.orderBy('n', 'asc').get()).data
    expect(docs.map((d: Row) => d.n)).toEqual([1, 11, 15])
  })
})

describe('values', () => {
  test('Dates round-trip as Date objects, also nested in objects and arrays', async () => {
    const coll = await freshCollection()
    const when = new Date('2024-05-06T07:08:09.010Z')
    await coll.add({ data: { _id: 'd', when, nested: { when }, list: [when] } })
    const { data } = await coll.doc('d').get()
    expect(data.when).toBeInstanceOf(Date)
    expect(data.when.getTime()).toBe(when.getTime())
    expect(data.nested.when).toEqual(when)
    expect(data.list[0]).toEqual(when)
    const found = await coll.where({ when: lc.database.command.gte(new Date('2024-01-01')) }).get()
    expect(found.data).toHaveLength(1)
  })

  test('db.serverDate() stores the server clock, plus its offset', async () => {
    const coll = await freshCollection()
    await coll.add({ data: { _id: 's', at: lc.database.serverDate() } })
    await coll.doc('s').update({ data: { later: lc.database.serverDate({ offset: 60_000 }) } })
    const { data } = await coll.doc('s').get()
    expect(data.at).toEqual(new Date(NOW))
    expect(data.later).toEqual(new Date(NOW + 60_000))
  })

  test('numbers, strings, booleans, null, nested arrays and Chinese text are stored exactly', async () => {
    const coll = await freshCollection()
    const doc = {
      _id: 'v',
      int: 42,
      neg: -7,
      float: 1.5,
      big: 2 ** 40,
      s: '邻里驿站',
      t: true,
      f: false,
      z: null,
      a: [[1], { b: [] }],
    }
    await coll.add({ data: doc })
    expect((await coll.doc('v').get()).data).toEqual(doc)
  })

  test('results are copies: changing a returned document does not change the stored one', async () => {
    const coll = await freshCollection()
    const name = coll.collectionName
    await lc.db.insertMany(name, [{ _id: 'c', list: [1], nested: { a: 1 } }])
    const first = lc.db.find(name)[0] as { list: number[]; nested: { a: number } }
    first.list.push(2)
    first.nested.a = 99
    expect(lc.db.find(name)).toEqual([{ _id: 'c', list: [1], nested: { a: 1 } }])
    const seed = { _id: 'd', list: [1] }
    await lc.db.insertMany(name, [seed])
    seed.list.push(2)
    expect(lc.db.find(name, { _id: 'd' })).toEqual([{ _id: 'd', list: [1] }])
  })
})
