/**
 * Station-scoped transactions. The cloud allows only single-document operations inside a
 * transaction. A write that conflicts with another transaction fails at once, but wx-server-sdk
 * drops the error's code on the way, so `runTransaction` would not retry it: the writes here
 * restore that code, and the whole callback runs again (so it must be safe to run again).
 */
import type { Collections, ScopedName } from '../../types/collections'
import { database } from './cloud'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any

export class ScopedTransaction {
  constructor(
    private readonly t: Raw,
    private readonly stationId: string,
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

  async insert<K extends ScopedName>(
    name: K,
    doc: Omit<Collections[K], 'stationId' | '_id'> & { _id?: string },
  ) {
    const res = await retryable(this.t.collection(name).add({ data: { ...doc, stationId: this.stationId } }))
    return (res as { _id: string })._id
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

export function runScopedTransaction<R>(
  stationId: string,
  fn: (tx: ScopedTransaction) => Promise<R>,
): Promise<R> {
  return database().runTransaction(async (t: Raw) => fn(new ScopedTransaction(t, stationId)))
}
