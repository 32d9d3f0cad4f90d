/**
 * Declared unique indexes: duplicates fail with MongoDB's "E11000 duplicate key" (errCode -502001
 * through the SDK) and write nothing, for single documents, array adds and multi-document updates.
 * Declared indexes also serve equality lookups, which must return exactly what a scan returns.
 */
import { HashIndex } from '../../localcloud/db/hash-index'
import { rejection, startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud } from './helpers/local-cloud'

let lc: LocalCloud
let seq = 0

beforeAll(async () => {
  lc = await startLocalCloud()
})
afterAll(() => lc.close())

/** A fresh `members` collection with unique {stationId, openid}, as DESIGN.md §6 declares it. */
async function members() {
  const name = `members${++seq}`
  await lc.db.createCollection(name)
  await lc.db.ensureIndex(name, { name: 'station_openid', keys: { stationId: 1, openid: 1 }, unique: true })
  return { name, coll: lc.database.collection(name) }
}

function expectDuplicate(err: Record<string, unknown>) {
  expect(err.errCode).toBe(-502001)
  expect(err.message).toContain('E11000 duplicate key')
}

test('a single-field unique index rejects a second document with the same value', async () => {
  const name = `ledger${++seq}`
  await lc.db.createCollection(name)
  await lc.db.ensureIndex(name, { name: 'idem', keys: { idempotencyKey: 1 }, unique: true })
  const coll = lc.database.collection(name)
  await coll.add({ data: { idempotencyKey: 'k1', points: 5 } })
  const err = await rejection(coll.add({ data: { idempotencyKey: 'k1', points: 5 } }))
  expectDuplicate(err)
  expect(err.message).toContain('index: idem dup key: { idempotencyKey: "k1" }')
  expect((await coll.count()).total).toBe(1)
})

test('a compound unique index rejects the same pair but allows each value with another partner', async () => {
  const { coll } = await members()
  await coll.add({ data: { stationId: 's1', openid: 'o1' } })
  await coll.add({ data: { stationId: 's1', openid: 'o2' } })
  await coll.add({ data: { stationId: 's2', openid: 'o1' } })
  expectDuplicate(await rejection(coll.add({ data: { stationId: 's1', openid: 'o1', extra: true } })))
  expect((await coll.count()).total).toBe(3)
})

test('an array add with one duplicate inserts none of the documents', async () => {
  const { name, coll } = await members()
  await coll.add({ data: { stationId: 's1', openid: 'o1' } })
  const batch = [
    { stationId: 's1', openid: 'o2' },
    { stationId: 's1', openid: 'o1' },
  ]
  expectDuplicate(await rejection(coll.add({ data: batch })))
  const inside = [
    { stationId: 's9', openid: 'o9' },
    { stationId: 's9', openid: 'o9' },
  ]
  expectDuplicate(await rejection(coll.add({ data: inside })))
  expect(lc.db.find(name).map((doc) => doc.openid)).toEqual(['o1'])
})

test('a multi-document where().update that would collide updates none of the documents', async () => {
  const { name, coll } = await members()
  await coll.add({
    data: [
      { _id: 'a', stationId: 's1', openid: 'o1' },
      { _id: 'b', stationId: 's1', openid: 'o2' },
    ],
  })
  expectDuplicate(await rejection(coll.where({ stationId: 's1' }).update({ data: { openid: 'same' } })))
  expect(lc.db.find(name).map((doc) => doc.openid)).toEqual(['o1', 'o2'])
})

test('update and set that would duplicate a key are rejected; swapping keys in one batch is not a duplicate', async () => {
  const { name, coll } = await members()
  await coll.add({
    data: [
      { _id: 'a', stationId: 's1', openid: 'o1' },
      { _id: 'b', stationId: 's1', openid: 'o2' },
    ],
  })
  expectDuplicate(await rejection(coll.doc('b').update({ data: { openid: 'o1' } })))
  expectDuplicate(await rejection(coll.doc('b').set({ data: { stationId: 's1', openid: 'o1' } })))
  await coll.doc('a').update({ data: { role: 'head' } })
  expect(lc.db.find(name, { _id: 'b' })[0].openid).toBe('o2')
})

test('missing fields count as null: a second document lacking the indexed fields is a duplicate', async () => {
  const { coll } = await members()
  await coll.add({ data: { note: 'no keys' } })
  expectDuplicate(await rejection(coll.add({ data: { note: 'also no keys' } })))
  await coll.add({ data: { stationId: 's1' } })
  expectDuplicate(await rejection(coll.add({ data: { stationId: 's1', openid: null } })))
})

test('a removed document frees its key', async () => {
  const { coll } = await members()
  const { _id } = (await coll.add({ data: { stationId: 's1', openid: 'o1' } })) as { _id: string }
  await coll.doc(_id).remove()
  await coll.add({ data: { stationId: 's1', openid: 'o1' } })
  expect((await coll.count()).total).toBe(1)
})

test('ensureIndex is idempotent, and refuses a unique index that existing documents already break', async () => {
  const { name } = await members()
  await lc.db.ensureIndex(name, { name: 'station_openid', keys: { stationId: 1, openid: 1 }, unique: true })
  await lc.db.insertMany(name, [{ phone: '1' }, { phone: '1', openid: 'x' }])
  await expect(lc.db.ensureIndex(name, { name: 'phone', keys: { phone: 1 }, unique: true })).rejects.toThrow(
    /E11000/,
  )
  await lc.db.insertMany(name, [{ phone: '1', openid: 'y' }])
})

test('insertMany applies the same unique checks, all or nothing', async () => {
  const { name } = await members()
  await expect(
    lc.db.insertMany(name, [
      { stationId: 's', openid: '1' },
      { stationId: 's', openid: '1' },
    ]),
  ).rejects.toThrow(/E11000 duplicate key/)
  expect(lc.db.find(name)).toEqual([])
})

test('queries answered through an index return exactly what a full scan returns, in the same order', async () => {
  const indexed = `idx${++seq}`
  const plain = `scan${++seq}`
  const docs = Array.from({ length: 300 }, (_, i) => ({
    _id: `d${i}`,
    stationId: `s${i % 4}`,
    openid: i % 7 === 0 ? null : `o${i % 11}`,
    tags: i % 5 === 0 ? [`s${i % 4}`, 'x'] : i % 9 === 0 ? 'x' : i % 13 === 0 ? [] : undefined,
    terms: i % 3 === 0 ? [`t${i % 5}`, `t${i % 7}`, i % 2 ? null : 'even'] : [{ t: 'obj' }],
    n: i,
  }))
  for (const name of [indexed, plain]) {
    await lc.db.createCollection(name)
    await lc.db.insertMany(name, docs)
  }
  await lc.db.ensureIndex(indexed, { name: 'station_openid', keys: { stationId: 1, openid: 1 } })
  await lc.db.ensureIndex(indexed, { name: 'tags', keys: { tags: 1 } })
  await lc.db.ensureIndex(indexed, { name: 'station_terms', keys: { stationId: 1, terms: 1 } })
  const _ = lc.database.command
  const queries = [
    { stationId: 's1' },
    { stationId: 's1', openid: 'o3' },
    { stationId: _.in(['s0', 's2']), openid: null },
    { stationId: _.eq('s3'), n: _.gt(100) },
    { tags: 's2' },
    { tags: 'x' },
    _.and([{ stationId: 's0' }, { openid: _.in(['o1', 'o2']) }]),
    { tags: _.all(['x', 's1']) },
    { tags: _.in(['s3', 'nothing']) },
    { stationId: 's2', terms: 't3' },
    { stationId: 's2', terms: _.all(['t3', 't1']) },
    { stationId: 's1', terms: null },
    { stationId: _.in(['s0', 's2']), terms: 'even' },
  ]
  for (const where of queries) {
    const viaIndex = await lc.database.collection(indexed).where(where).limit(1000).get()
    const viaScan = await lc.database.collection(plain).where(where).limit(1000).get()
    expect([where, viaIndex.data.length]).not.toEqual([where, 0])
    expect(viaIndex.data).toEqual(viaScan.data)
  }
})

test('an array of plain values is indexed under each element (multikey): a lookup by one element finds only its documents', () => {
  const index = new HashIndex({ name: 'station_terms', keys: { stationId: 1, terms: 1 } })
  index.add('a', { stationId: 's1', terms: ['楼道', '道灯', null] })
  index.add('b', { stationId: 's1', terms: ['电梯'] })
  index.add('c', { stationId: 's2', terms: ['楼道'] })
  index.add('d', { stationId: 's1', terms: [{ nested: true }] })
  // Found by each element, with the station; an array of objects stays in the side bucket every lookup includes.
  expect(index.lookup([['s1'], ['楼道']])).toEqual(new Set(['a', 'd']))
  expect(index.lookup([['s1'], [null]])).toEqual(new Set(['a', 'd']))
  expect(index.lookup([['s1'], ['电梯', '楼道']])).toEqual(new Set(['a', 'b', 'd']))
  expect(index.lookup([['s1']])).toEqual(new Set(['a', 'b', 'd']))
  index.remove('a', { stationId: 's1', terms: ['楼道', '道灯', null] })
  expect(index.lookup([['s1'], ['楼道']])).toEqual(new Set(['d']))
})
