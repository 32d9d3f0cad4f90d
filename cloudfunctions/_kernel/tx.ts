/**
 * Station-scoped transactions. The cloud allows only single-document operations inside a
 * transaction, and a write that meets another transaction's lock fails at once instead of
 * waiting. wx-server-sdk drops that error's code on the way, so the writes here restore it, and
 * the whole callback runs again (so it must be safe to run again) — after a short random pause
 * that grows with each attempt, so a burst of writers to one document spreads out instead of
 * colliding again in lockstep (the SDK's own retry is immediate and gives up after three).
 */
import type { Collections, ScopedName } from '../../types/collections'
import { database } from './cloud'
import { AppError } from './errors'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any

export class ScopedTransaction {
  constructor(
    private readonly t: Raw,
    readonly stationId: string,
  ) {}

  async get<K extends ScopedName>(name: K, id: string): Promise<Collections[K] | null> {
    let doc: Collections[K] | null = null
    try {
      const res = await this.t.collection(name).doc(id).get()
      doc = (res.data as Collections[K]) ?? null
    } catch (err) {
      if (!isMissingDoc(err)) throw err
    }
    return doc && doc.stationId === this.stationId ? doc : null
  }

  /** Updates a record of this station; answers false when it does not exist here. */
  async update<K extends ScopedName>(name: K, id: string, patch: Record<string, unknown>): Promise<boolean> {
    if ('stationId' in patch || '_id' in patch)
      throw new Error('a patch may not move a record between stations')
    if (!(await this.get(name, id))) return false
    await retryable(this.t.collection(name).doc(id).update({ data: patch }))
    return true
  }

  /** Updates a record this transaction has just read (no second read). */
  async updateRead<K extends ScopedName>(name: K, id: string, patch: Record<string, unknown>): Promise<void> {
    if ('stationId' in patch || '_id' in patch)
      throw new Error('a patch may not move a record between stations')
    await retryable(this.t.collection(name).doc(id).update({ data: patch }))
  }

  async insert<K extends ScopedName>(
    name: K,
    doc: Omit<Collections[K], 'stationId' | '_id'> & { _id?: string },
  ): Promise<string> {
    const res = await retryable(this.t.collection(name).add({ data: { ...doc, stationId: this.stationId } }))
    return (res as { _id: string })._id
  }

  async remove<K extends ScopedName>(name: K, id: string): Promise<void> {
    await retryable(this.t.collection(name).doc(id).remove())
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : JSON.stringify(err ?? '')
}

/** A document that is not there — not an expired transaction (TransactionNotExist) or a missing collection. */
function isMissingDoc(err: unknown): boolean {
  const text = messageOf(err)
  return (
    !/TransactionNotExist|Table not exist|collection not exist/i.test(text) &&
    /does not exist|cannot find|not found/i.test(text)
  )
}

export const CONFLICT_CODE = 'DATABASE_TRANSACTION_CONFLICT'

/** Gives a write-time conflict back the code `runTransaction` retries on. */
async function retryable<T>(write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (err) {
    if (/TransactionConflict/.test(messageOf(err))) throw { code: CONFLICT_CODE, message: messageOf(err) }
    throw err
  }
}

const isConflict = (err: unknown) =>
  (err as { code?: string })?.code === CONFLICT_CODE || /TransactionConflict/.test(messageOf(err))

export const TRANSACTION_ATTEMPTS = 8

export async function runScopedTransaction<R>(
  stationId: string,
  fn: (tx: ScopedTransaction) => Promise<R>,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      // One attempt per call (times = 0): the pause between attempts is ours.
      return await database().runTransaction(async (t: Raw) => fn(new ScopedTransaction(t, stationId)), 0)
    } catch (err) {
      if (!isConflict(err)) throw err
      if (attempt >= TRANSACTION_ATTEMPTS)
        throw new AppError('RATE_LIMITED', '这会儿操作的人太多了，请稍等几秒再试')
      await new Promise((r) => setTimeout(r, Math.random() * 15 * attempt * attempt))
    }
  }
}
