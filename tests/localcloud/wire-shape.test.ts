/**
 * The seam between wx-server-sdk and the emulator: the exact request bodies the SDK sends for a
 * fixed set of calls, compared with a committed capture. If an SDK upgrade changes what goes over
 * the wire, this fails loudly instead of the emulator silently misreading requests.
 *
 * To refresh the capture after a deliberate upgrade: UPDATE_WIRE_FIXTURE=1 npx jest wire-shape,
 * then review the diff of fixtures/sdk-wire-requests.json like code.
 */
import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import path from 'path'
import { LocalDatabase } from '../../localcloud/db'
import { pointSdkAt } from '../../localcloud/sdk-env'
import type { Sdk, SdkDatabase as Db } from './helpers/local-cloud'

const FIXTURE = path.join(__dirname, 'fixtures/sdk-wire-requests.json')

/** Replies just good enough for the SDK to carry on; the shapes are the ones the emulator sends. */
const CANNED: Record<string, unknown> = {
  'database.getDocument': { data: { list: ['{"_id":"x","a":1}'], limit: 100, offset: 0 } },
  'database.calculateDocument': { data: { total: 1 } },
  'database.insertDocument': { data: { insertedIds: ['id1', 'id2'] } },
  'database.modifyDocument': { data: { updated: 1, upsert_id: null } },
  'database.removeDocument': { data: { deleted: 1 } },
  'database.aggregateDocuments': { data: { list: ['{"_id":"g","n":2}'] } },
  'database.startTransaction': { transactionId: 'txn-1' },
  'database.commitTransaction': {},
  'database.abortTransaction': {},
  'database.addCollection': {},
}

/** The calls whose requests are pinned; each must stay meaningful to the emulator. */
function calls(db: Db): Record<string, () => Promise<unknown>> {
  const _ = db.command
  const $ = _.aggregate
  const c = db.collection('c')
  return {
    'where with every query operator, order, skip, limit, field': () =>
      c
        .where({
          a: 1,
          'b.c': _.gt(2),
          d: _.in([1, 2]),
          e: _.exists(true),
          f: db.RegExp({ regexp: '^x', options: 'i' }),
          g: _.eq(null),
          h: _.neq(3),
          i: _.gte(1).and(_.lte(5)),
          j: _.lt(0).or(_.nin([7])),
          k: _.not(_.gt(1)),
          nested: { deep: 1 },
          t: new Date(0),
        })
        .orderBy('a', 'desc')
        .orderBy('b', 'asc')
        .skip(5)
        .limit(10)
        .field({ a: true, _id: false })
        .get(),
    'whole-query or / nor': () => c.where(_.or([{ a: 1 }, _.nor([{ b: 2 }])])).get(),
    'get without limit': () => c.get(),
    'limit above the cap': () => c.limit(5000).get(),
    count: () => c.where({ a: 1 }).count(),
    'doc get with field': () => c.doc('x').field({ a: true }).get(),
    'add one with serverDate and Date': () =>
      c.add({ data: { a: 1, at: db.serverDate({ offset: 5 }), d: new Date(5) } }),
    'add many': () => c.add({ data: [{ a: 1 }, { _id: 'given', a: 2 }] }),
    'doc update with every update operator': () =>
      c.doc('x').update({
        data: {
          a: _.inc(1),
          b: _.push({ each: [1, 2], position: 0, sort: 1, slice: 5 }),
          c: _.pull({ k: _.gt(1) }),
          d: _.addToSet({ $each: [4] }),
          e: _.remove(),
          f: { g: 1 },
          h: _.set({ i: 1 }),
          m: _.mul(2),
          n: _.min(0),
          o: _.max(9),
          p: _.rename('q'),
          r: _.pullAll([1]),
          s: _.pop(),
          u: _.shift(),
          v: _.unshift([0]),
        },
      }),
    'where update': () => c.where({ stock: _.gt(0) }).update({ data: { stock: _.inc(-1) } }),
    'doc set': () => c.doc('x').set({ data: { a: 1 } }),
    'doc remove': () => c.doc('x').remove(),
    'where remove': () => c.where({ a: 1 }).remove(),
    aggregate: () =>
      c
        .aggregate()
        .match({ a: _.gt(1) })
        .lookup({ from: 'o', localField: 'a', foreignField: 'b', as: 'j' })
        .unwind('$j')
        .group({ _id: '$b', n: $.sum(1) })
        .project({ n: 1 })
        .sort({ n: -1 })
        .skip(1)
        .limit(5)
        .count('total')
        .end(),
    createCollection: () => db.createCollection('newc'),
    'startTransaction: get, update, set, add, remove, commit': async () => {
      const t = await db.startTransaction()
      await t.collection('c').doc('x').get()
      await t
        .collection('c')
        .doc('x')
        .update({ data: { a: _.inc(1) } })
      await t
        .collection('c')
        .doc('y')
        .set({ data: { b: 1 } })
      await t.collection('c').add({ data: { z: 1 } })
      await t.collection('c').doc('y').remove()
      await t.commit()
    },
    'startTransaction then rollback': async () => {
      const t = await db.startTransaction()
      await t.rollback()
    },
    runTransaction: () => db.runTransaction(async (t: Db) => t.collection('c').doc('x').get()),
  }
}

interface Recorded {
  call: string
  body: Record<string, unknown>
}

async function record(): Promise<Recorded[]> {
  const recorded: Recorded[] = []
  let current = ''
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const parsed = JSON.parse(body)
      recorded.push({ call: current, body: parsed })
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ requestId: 'r', ...(CANNED[parsed.action] as object) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  pointSdkAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk: Sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  for (const [name, call] of Object.entries(calls(sdk.database()))) {
    current = name
    await call()
  }
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  return recorded
}

test('wx-server-sdk sends exactly the captured request bodies for the pinned calls', async () => {
  const recorded = await record()
  if (process.env.UPDATE_WIRE_FIXTURE === '1')
    fs.writeFileSync(FIXTURE, JSON.stringify(recorded, null, 2) + '\n')
  const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Recorded[]
  expect(recorded).toEqual(expected)
})

test('the emulator understands every captured request (replayed in order, no error replies)', async () => {
  const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Recorded[]
  const db = await LocalDatabase.open()
  await db.createCollection('c')
  await db.insertMany('c', [{ _id: 'x', a: 1, stock: 2, s: [1], c: [{ k: 2 }] }])
  let transactionId: unknown
  const failures: unknown[] = []
  for (const { call, body } of expected) {
    const params = body.transactionId ? { ...body, transactionId } : body
    const reply = await db.handle(params)
    if (body.action === 'database.startTransaction') transactionId = reply.transactionId
    if (reply.code) failures.push({ call, action: body.action, reply })
  }
  await db.close()
  expect(failures).toEqual([])
})
