/**
 * Collections must exist before use (the cloud answers -502005), and db.createCollection creates
 * them.
 */
import { rejection, startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud } from './helpers/local-cloud'

let lc: LocalCloud

beforeAll(async () => {
  lc = await startLocalCloud()
})
afterAll(() => lc.close())

test('every operation on a missing collection fails with errCode -502005 "collection not exists"', async () => {
  const coll = lc.database.collection('nowhere')
  const calls = [
    coll.get(),
    coll.count(),
    coll.add({ data: { a: 1 } }),
    coll.doc('x').get(),
    coll.doc('x').update({ data: { a: 1 } }),
    coll.doc('x').set({ data: { a: 1 } }),
    coll.doc('x').remove(),
    coll.where({ a: 1 }).update({ data: { a: 2 } }),
    coll.where({ a: 1 }).remove(),
  ]
  for (const call of calls) {
    const err = await rejection(call)
    expect(err.errCode).toBe(-502005)
    expect(err.message).toMatch(
      /:fail -502005 database collection not exists\. \[ResourceNotFound\] Db or Table not exist/,
    )
  }
  expect(lc.db.listCollections()).not.toContain('nowhere')
})

test('aggregate on a missing collection fails too; the SDK keeps the code but not the errCode there', async () => {
  const err = await rejection(lc.database.collection('nowhere').aggregate().match({}).end())
  expect(err.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
  expect(err.message).toMatch(/^collection\.aggregate:fail \[ResourceNotFound\] Db or Table not exist/)
})

test('the wire reply for a missing collection is {code: DATABASE_COLLECTION_NOT_EXIST, message}', async () => {
  const reply = await lc.db.handle({
    action: 'database.getDocument',
    collectionName: 'nowhere',
    queryType: 'WHERE',
  })
  expect(reply.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
  expect(reply.message).toMatch(/^\[ResourceNotFound\] Db or Table not exist\./)
})

test('db.createCollection creates a usable collection; creating it again fails', async () => {
  await lc.database.createCollection('created')
  await lc.database.collection('created').add({ data: { a: 1 } })
  expect((await lc.database.collection('created').count()).total).toBe(1)
  const err = await rejection(lc.database.createCollection('created'))
  expect(err.message).toContain('Table exist')
})

test('LocalDatabase.createCollection is idempotent and listCollections names every collection', async () => {
  await lc.db.createCollection('declared')
  await lc.db.insertMany('declared', [{ a: 1 }])
  await lc.db.createCollection('declared')
  expect(lc.db.find('declared')).toHaveLength(1)
  expect(lc.db.listCollections()).toEqual(expect.arrayContaining(['created', 'declared']))
})
