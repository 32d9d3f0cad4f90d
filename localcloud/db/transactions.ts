/**
 * Transactions with the cloud database's documented rules:
 * - reads see the committed state as of the transaction's start, plus its own writes;
 * - writes are buffered and applied together at commit, as one journal record;
 * - a write locks its document and the unique keys it claims: another transaction's write to them
 *   fails at once with DATABASE_TRANSACTION_CONFLICT, and so does writing a document someone else
 *   changed after this transaction started (first committer wins). The loser is aborted at once;
 * - a duplicate unique key fails the write itself (E11000), as in MongoDB, not only the commit;
 * - plain writes to a locked document or key wait for the lock (see plain.ts);
 * - an abandoned transaction is aborted after an idle timeout, and none lives longer than the
 *   cloud's 30 seconds, so locks never leak.
 */
import { randomUUID } from 'crypto'
import type { Doc } from './ejson'
import type { Engine } from './engine'
import { duplicateKey, transactionConflict, transactionNotExist } from './errors'
import type { DocId } from './hash-index'
import { newDocId } from './ids'
import { lockKey } from './locks'
import type { StoreOp } from './state'
import { applyModifier, replacement } from './update'
import { checkUnique, uniqueKeyLocks } from './uniqueness'
import type { Change } from './uniqueness'

interface PendingWrite {
  collection: string
  id: DocId
  doc: Doc | null
}

interface Txn {
  id: string
  snapshotSeq: number
  writes: Map<string, PendingWrite>
  /** Unique-index keys claimed by the pending writes. */
  keyLocks: Set<string>
  /** Lost a conflict: its locks are gone and every further call fails with the conflict. */
  doomed: boolean
  idleTimer?: NodeJS.Timeout
  lifeTimer?: NodeJS.Timeout
}

/** What a transactional write computes from the document it sees; undefined means "no write". */
type Compute = (current: Doc | null) => Doc | null | undefined

export class TransactionManager {
  private readonly txns = new Map<string, Txn>()

  constructor(private readonly engine: Engine) {}

  hasActive(): boolean {
    for (const txn of this.txns.values()) if (!txn.doomed) return true
    return false
  }

  start(): string {
    this.engine.ensureUsable()
    const txn: Txn = {
      id: randomUUID(),
      snapshotSeq: this.engine.state.seq,
      writes: new Map(),
      keyLocks: new Set(),
      doomed: false,
    }
    const { txnMaxLifetimeMs } = this.engine.options
    txn.lifeTimer = setTimeout(() => this.finish(txn), txnMaxLifetimeMs).unref()
    this.txns.set(txn.id, txn)
    this.touch(txn)
    return txn.id
  }

  get(txnId: string, collection: string, id: DocId): Doc | null {
    const txn = this.active(txnId)
    return this.view(txn, collection, id)
  }

  insert(txnId: string, collection: string, doc: Doc): DocId {
    const txn = this.active(txnId)
    const id = (doc._id as DocId | undefined) ?? newDocId()
    if (this.view(txn, collection, id)) {
      throw duplicateKey(collection, '_id_', `{ _id: ${JSON.stringify(id)} }`)
    }
    this.write(txn, collection, id, () => ({ ...doc, _id: id }))
    return id
  }

  update(txnId: string, collection: string, id: DocId, modifier: Doc): number {
    let updated = 0
    this.write(this.active(txnId), collection, id, (current) => {
      if (!current) return undefined
      const outcome = applyModifier(current, modifier)
      updated = outcome.changed ? 1 : 0
      return outcome.changed ? outcome.doc : undefined
    })
    return updated
  }

  /** Replaces (or creates) a document; `upserted` tells which. */
  set(txnId: string, collection: string, id: DocId, data: Doc): { updated: number; upserted: boolean } {
    let existed = false
    this.write(this.active(txnId), collection, id, (current) => {
      existed = current !== null
      return replacement(id, data)
    })
    return { updated: existed ? 1 : 0, upserted: !existed }
  }

  remove(txnId: string, collection: string, id: DocId): number {
    let deleted = 0
    this.write(this.active(txnId), collection, id, (current) => {
      deleted = current ? 1 : 0
      return current ? null : undefined
    })
    return deleted
  }

  async commit(txnId: string): Promise<void> {
    const txn = this.txns.get(txnId)
    if (!txn) throw transactionNotExist()
    if (txn.doomed) {
      this.finish(txn)
      throw transactionConflict()
    }
    let ops: StoreOp[]
    try {
      ops = this.validatedOps(txn)
    } catch (err) {
      this.finish(txn)
      throw err
    }
    const durable = this.engine.commit(ops)
    this.finish(txn)
    await durable
  }

  abort(txnId: string): void {
    const txn = this.txns.get(txnId)
    if (!txn) throw transactionNotExist()
    this.finish(txn)
  }

  abortAll(): void {
    for (const txn of [...this.txns.values()]) this.finish(txn)
  }

  private active(txnId: string): Txn {
    this.engine.ensureUsable()
    const txn = this.txns.get(txnId)
    if (!txn) throw transactionNotExist()
    if (txn.doomed) throw transactionConflict()
    this.touch(txn)
    return txn
  }

  private view(txn: Txn, collection: string, id: DocId): Doc | null {
    const store = this.engine.state.collection(collection)
    const pending = txn.writes.get(lockKey(collection, id))
    return pending ? pending.doc : store.readAt(id, txn.snapshotSeq)
  }

  /**
   * Buffers one write after the conflict checks (someone else holds a lock it needs, or the
   * document changed since the snapshot) and the uniqueness check (against committed documents
   * and this transaction's other writes), then takes its locks.
   */
  private write(txn: Txn, collection: string, id: DocId, compute: Compute): void {
    const store = this.engine.state.collection(collection)
    const next = compute(this.view(txn, collection, id))
    if (next === undefined) return
    const docLock = lockKey(collection, id)
    const keyLocks = next ? uniqueKeyLocks(store, next) : []
    const heldByOther = [docLock, ...keyLocks].some((key) => {
      const holder = this.engine.locks.holder(key)
      return holder !== undefined && holder !== txn.id
    })
    if (heldByOther || (store.versions.get(id)?.seq ?? 0) > txn.snapshotSeq) {
      this.doom(txn)
      throw transactionConflict()
    }
    checkUnique(store, [...this.otherWrites(txn, collection, id), { id, doc: next }])
    for (const key of [docLock, ...keyLocks]) this.engine.locks.acquire(key, txn.id)
    keyLocks.forEach((key) => txn.keyLocks.add(key))
    txn.writes.set(docLock, { collection, id, doc: next })
  }

  private otherWrites(txn: Txn, collection: string, id: DocId): Change[] {
    return [...txn.writes.values()].filter((write) => write.collection === collection && write.id !== id)
  }

  /** The transaction's writes as store operations, after the all-or-nothing uniqueness check. */
  private validatedOps(txn: Txn): StoreOp[] {
    const byCollection = new Map<string, Change[]>()
    for (const { collection, id, doc } of txn.writes.values()) {
      const changes = byCollection.get(collection) ?? []
      changes.push({ id, doc })
      byCollection.set(collection, changes)
    }
    const ops: StoreOp[] = []
    for (const [collection, changes] of byCollection) {
      checkUnique(this.engine.state.collection(collection), changes)
      for (const { id, doc } of changes) {
        ops.push(doc ? { type: 'put', collection, id, doc } : { type: 'delete', collection, id })
      }
    }
    return ops
  }

  private touch(txn: Txn): void {
    clearTimeout(txn.idleTimer)
    txn.idleTimer = setTimeout(() => this.finish(txn), this.engine.options.txnIdleTimeoutMs).unref()
  }

  private doom(txn: Txn): void {
    txn.doomed = true
    this.releaseLocks(txn)
  }

  /** Ends a transaction for good: commit, abort, timeout or shutdown. */
  private finish(txn: Txn): void {
    clearTimeout(txn.idleTimer)
    clearTimeout(txn.lifeTimer)
    this.txns.delete(txn.id)
    this.releaseLocks(txn)
  }

  private releaseLocks(txn: Txn): void {
    const keys = [...txn.writes.keys(), ...txn.keyLocks]
    txn.writes.clear()
    txn.keyLocks.clear()
    this.engine.locks.release(keys)
    this.engine.state.prune(this.oldestSnapshot())
  }

  private oldestSnapshot(): number {
    let oldest = Number.POSITIVE_INFINITY
    for (const txn of this.txns.values()) if (!txn.doomed) oldest = Math.min(oldest, txn.snapshotSeq)
    return oldest
  }
}
