/**
 * Transactions as documented for the cloud database: snapshot reads, buffered writes applied at
 * commit, per-document write locks (another transaction conflicts at once, a plain write waits),
 * first committer wins, abandoned transactions time out, and only single-document operations.
 */
import { LocalDatabase } from '../../localcloud/db'
import { rejection, startLocalCloud } from './helpers/local-cloud'
import type { LocalCloud, SdkDatabase } from './helpers/local-cloud'

// Short enough to run quickly, long enough that a loaded 2-core CI machine never trips them by
// accident: a fresh transaction once timed out at 800 ms idle between two of its own steps.
const LOCK_WAIT_MS = 1500
const IDLE_MS = 3000
let lc: LocalCloud
let seq = 0

beforeAll(async () => {
  lc = await startLocalCloud({ lockWaitTimeoutMs: LOCK_WAIT_MS, txnIdleTimeoutMs: IDLE_MS })
})
afterAll(() => lc.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A fresh collection holding `docs`. */
async function seeded(docs: Record<string, unknown>[]) {
  const name = `tx${++seq}`
  await lc.db.createCollection(name)
  await lc.db.insertMany(name, docs)
  return name
}

const stored = (name: string, id: string) => lc.db.find(name, { _id: id })[0]

function expectConflict(err: Record<string, unknown>) {
  // wx-server-sdk maps the unknown code to -501001 and keeps the cloud's message.
  expect(err.errCode).toBe(-501001)
  expect(err.message).toContain('[ResourceUnavailable.TransactionConflict]')
}

describe('isolation', () => {
  test('reads see the committed state as of the start, not writes committed later', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    await lc.database
      .collection(name)
      .doc('a')
      .update({ data: { v: 2 } })
    expect((await t.collection(name).doc('a').get()).data.v).toBe(1)
    expect((await lc.database.collection(name).doc('a').get()).data.v).toBe(2)
    await t.commit()
  })

  test('a transaction reads its own writes; nobody else sees them before commit', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    await t
      .collection(name)
      .doc('a')
      .update({ data: { v: 5 } })
    const added = (await t.collection(name).add({ data: { _id: 'b', v: 7 } })) as { _id: string }
    expect(added._id).toBe('b')
    expect((await t.collection(name).doc('a').get()).data.v).toBe(5)
    expect((await t.collection(name).doc('b').get()).data.v).toBe(7)
    expect(stored(name, 'a').v).toBe(1)
    expect(stored(name, 'b')).toBeUndefined()
    await t.commit()
    expect(stored(name, 'a').v).toBe(5)
    expect(stored(name, 'b').v).toBe(7)
  })

  test('commit applies update, set, add and remove together; rollback discards them all', async () => {
    const name = await seeded([
      { _id: 'keep', v: 1 },
      { _id: 'gone', v: 1 },
    ])
    const rolled = await lc.database.startTransaction()
    await rolled
      .collection(name)
      .doc('keep')
      .update({ data: { v: 2 } })
    await rolled.collection(name).doc('gone').remove()
    await rolled.rollback()
    expect(lc.db.find(name)).toEqual([
      { _id: 'keep', v: 1 },
      { _id: 'gone', v: 1 },
    ])

    const t = await lc.database.startTransaction()
    await t
      .collection(name)
      .doc('keep')
      .update({ data: { v: 2 } })
    await t.collection(name).doc('gone').remove()
    await t
      .collection(name)
      .doc('fresh')
      .set({ data: { v: 3 } })
    await t.collection(name).add({ data: { _id: 'added', v: 4 } })
    await t.commit()
    expect(lc.db.find(name)).toEqual([
      { _id: 'keep', v: 2 },
      { _id: 'fresh', v: 3 },
      { _id: 'added', v: 4 },
    ])
  })
})

describe('conflicts', () => {
  test('writing a document another open transaction wrote fails at once, aborting the loser and freeing its locks', async () => {
    const name = await seeded([
      { _id: 'a', v: 0 },
      { _id: 'b', v: 0 },
    ])
    const t1 = await lc.database.startTransaction()
    const t2 = await lc.database.startTransaction()
    await t1
      .collection(name)
      .doc('a')
      .update({ data: { v: 1 } })
    await t2
      .collection(name)
      .doc('b')
      .update({ data: { v: 2 } })
    expectConflict(
      await rejection(
        t2
          .collection(name)
          .doc('a')
          .update({ data: { v: 2 } }),
      ),
    )
    // The loser is aborted: its lock on b is gone (a plain write does not wait) and it cannot go on.
    const started = Date.now()
    await lc.database
      .collection(name)
      .doc('b')
      .update({ data: { v: 9 } })
    expect(Date.now() - started).toBeLessThan(LOCK_WAIT_MS / 2)
    expectConflict(await rejection(t2.collection(name).doc('b').get()))
    await t1.commit()
    expect(lc.db.find(name)).toEqual([
      { _id: 'a', v: 1 },
      { _id: 'b', v: 9 },
    ])
  })

  test('writing a document that changed after the transaction started conflicts (first committer wins)', async () => {
    const name = await seeded([{ _id: 'a', v: 0 }])
    const t = await lc.database.startTransaction()
    await lc.database
      .collection(name)
      .doc('a')
      .update({ data: { v: 1 } })
    expectConflict(
      await rejection(
        t
          .collection(name)
          .doc('a')
          .update({ data: { v: 2 } }),
      ),
    )
    expect(stored(name, 'a').v).toBe(1)
  })

  test('reading a document changed by others is not a conflict (snapshot isolation allows it)', async () => {
    const name = await seeded([
      { _id: 'a', v: 0 },
      { _id: 'b', v: 0 },
    ])
    const t = await lc.database.startTransaction()
    await t.collection(name).doc('a').get()
    await lc.database
      .collection(name)
      .doc('a')
      .update({ data: { v: 1 } })
    await t
      .collection(name)
      .doc('b')
      .update({ data: { v: 1 } })
    await t.commit()
    expect(lc.db.find(name)).toEqual([
      { _id: 'a', v: 1 },
      { _id: 'b', v: 1 },
    ])
  })

  test('runTransaction does not retry a conflict raised by a write: wx-server-sdk drops the error code', async () => {
    const name = await seeded([{ _id: 'a', v: 0 }])
    const holder = await lc.database.startTransaction()
    await holder
      .collection(name)
      .doc('a')
      .update({ data: { v: 1 } })
    let runs = 0
    const err = await rejection(
      lc.database.runTransaction(async (t: SdkDatabase) => {
        runs++
        await t
          .collection(name)
          .doc('a')
          .update({ data: { v: 2 } })
      }, 3),
    )
    expectConflict(err)
    expect(runs).toBe(1)
    await holder.commit()
  })

  test('a conflict swallowed by the callback comes back at commit, where runTransaction does retry', async () => {
    const name = await seeded([{ _id: 'a', v: 0 }])
    const holder = await lc.database.startTransaction()
    await holder
      .collection(name)
      .doc('a')
      .update({ data: { v: 1 } })
    let attempts = 0
    await lc.database.runTransaction(async (t: SdkDatabase) => {
      attempts++
      try {
        await t
          .collection(name)
          .doc('a')
          .update({ data: { v: lc.database.command.inc(10) } })
      } catch {
        await holder.commit()
      }
    }, 3)
    expect(attempts).toBe(2)
    expect(stored(name, 'a').v).toBe(11)
  })

  test('runTransaction retries when the callback rethrows the conflict with its code, so concurrent read-modify-writes all land', async () => {
    const name = await seeded([{ _id: 'counter', value: 10 }])
    let attempts = 0
    const decrement = () =>
      lc.database.runTransaction(async (t: SdkDatabase) => {
        attempts++
        const doc = t.collection(name).doc('counter')
        const { data } = await doc.get()
        try {
          await doc.update({ data: { value: data.value - 1 } })
        } catch (err) {
          if (/TransactionConflict/.test((err as Error).message))
            throw { code: 'DATABASE_TRANSACTION_CONFLICT' }
          throw err
        }
        return data.value - 1
      }, 20)
    const results = await Promise.all([decrement(), decrement(), decrement()])
    expect(results.sort()).toEqual([7, 8, 9])
    expect(stored(name, 'counter').value).toBe(7)
    expect(attempts).toBeGreaterThan(3)
  })
})

describe('locks and timeouts', () => {
  test('a plain write to a locked document waits for the commit, then applies on top of it', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    await t
      .collection(name)
      .doc('a')
      .update({ data: { v: 10 } })
    let done = false
    const plain = lc.database
      .collection(name)
      .doc('a')
      .update({ data: { v: lc.database.command.inc(1) } })
      .then(() => (done = true))
    await sleep(100)
    expect(done).toBe(false)
    await t.commit()
    await plain
    expect(stored(name, 'a').v).toBe(11)
  })

  test('a plain write gives up after lockWaitTimeoutMs with errCode -502001 "lock wait timeout"', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    await t
      .collection(name)
      .doc('a')
      .update({ data: { v: 10 } })
    const started = Date.now()
    const err = await rejection(
      lc.database
        .collection(name)
        .where({ v: 1 })
        .update({ data: { v: 2 } }),
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(LOCK_WAIT_MS - 20)
    expect(err.errCode).toBe(-502001)
    expect(err.message).toContain('lock wait timeout')
    await t.rollback()
    expect(stored(name, 'a').v).toBe(1)
  })

  test('an abandoned transaction is aborted after the idle timeout: its locks are freed and commit then fails', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    await t
      .collection(name)
      .doc('a')
      .update({ data: { v: 10 } })
    await sleep(IDLE_MS + 200)
    const started = Date.now()
    await lc.database
      .collection(name)
      .doc('a')
      .update({ data: { v: 2 } })
    expect(Date.now() - started).toBeLessThan(LOCK_WAIT_MS / 2)
    const err = await rejection(t.commit())
    expect(err.code).toBe('DATABASE_TRANSACTION_FAIL')
    expect(err.message).toContain('[ResourceUnavailable.TransactionNotExist]')
    expect(stored(name, 'a').v).toBe(2)
  })
})

test('no transaction outlives txnMaxLifetimeMs, even one kept busy', async () => {
  const db = await LocalDatabase.open({ txnMaxLifetimeMs: 1500, txnIdleTimeoutMs: 10_000 })
  await db.createCollection('c')
  const { transactionId } = await db.handle({ action: 'database.startTransaction' })
  const read = {
    action: 'database.getDocument',
    collectionName: 'c',
    queryType: 'DOC',
    query: '{"_id":"x"}',
    transactionId,
  }
  for (let i = 0; i < 4; i++) {
    expect((await db.handle(read)).code).toBeUndefined()
    await sleep(50)
  }
  await sleep(1500)
  expect((await db.handle(read)).code).toBe('DATABASE_TRANSACTION_FAIL')
  await db.close()
})

describe('rules', () => {
  test('where() queries inside a transaction are rejected', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    const err = await rejection(t.collection(name).where({ v: 1 }).get())
    expect(err.errCode).toBe(-501007)
    expect(err.message).toContain('only allows single-document operations')
    await t.rollback()
  })

  test('a duplicate unique key fails the transactional write itself with E11000, as in MongoDB', async () => {
    const name = await seeded([{ _id: 'm1', stationId: 's', openid: 'o1' }])
    await lc.db.ensureIndex(name, { name: 'member', keys: { stationId: 1, openid: 1 }, unique: true })
    const t = await lc.database.startTransaction()
    await t.collection(name).add({ data: { _id: 'm2', stationId: 's', openid: 'o2' } })
    const committed = await rejection(t.collection(name).add({ data: { stationId: 's', openid: 'o1' } }))
    expect(committed.errCode).toBe(-502001)
    expect(committed.message).toContain('E11000 duplicate key')
    const own = await rejection(
      t
        .collection(name)
        .doc('m3')
        .set({ data: { stationId: 's', openid: 'o2' } }),
    )
    expect(own.message).toContain('E11000 duplicate key')
    await t.rollback()
    expect(lc.db.find(name).map((doc) => doc._id)).toEqual(['m1'])
  })

  test('a unique key claimed by an open transaction: another transaction conflicts, a plain add waits and then fails', async () => {
    const name = await seeded([])
    await lc.db.ensureIndex(name, { name: 'once', keys: { key: 1 }, unique: true })
    const t = await lc.database.startTransaction()
    await t.collection(name).add({ data: { key: 'k' } })
    const other = await lc.database.startTransaction()
    expectConflict(await rejection(other.collection(name).add({ data: { key: 'k' } })))
    const plain = rejection(lc.database.collection(name).add({ data: { key: 'k' } }))
    await sleep(100)
    await t.commit()
    expect((await plain).message).toContain('E11000 duplicate key')
    expect(lc.db.find(name)).toHaveLength(1)
  })

  test('a plain add waiting on a unique key goes through when the claiming transaction rolls back', async () => {
    const name = await seeded([])
    await lc.db.ensureIndex(name, { name: 'once', keys: { key: 1 }, unique: true })
    const t = await lc.database.startTransaction()
    await t.collection(name).add({ data: { key: 'k', by: 'txn' } })
    const plain = lc.database.collection(name).add({ data: { key: 'k', by: 'plain' } })
    await sleep(50)
    await t.rollback()
    await plain
    expect(lc.db.find(name).map((doc) => doc.by)).toEqual(['plain'])
  })

  test('get of a missing document in a transaction follows throwOnNotFound like a plain get', async () => {
    const name = await seeded([])
    const t = await lc.database.startTransaction()
    const err = await rejection(t.collection(name).doc('nope').get())
    expect(err.message).toContain('does not exist')
    await t.rollback()
  })

  test('a finished transaction cannot be used again', async () => {
    const name = await seeded([{ _id: 'a', v: 1 }])
    const t = await lc.database.startTransaction()
    await t.commit()
    const err = await rejection(
      t
        .collection(name)
        .doc('a')
        .update({ data: { v: 2 } }),
    )
    expect(err.message).toContain('TransactionNotExist')
  })
})
