/**
 * The core every operation goes through: in-memory state, transaction locks, the journal, and
 * `commit`, the single place state changes. A commit is applied synchronously (so no other request
 * can interleave with it) and resolves once its journal record is on disk.
 */
import { DbError } from './errors'
import type { Journal } from './journal'
import { LockTable } from './locks'
import { DbState } from './state'
import type { StoreOp } from './state'
import { TransactionManager } from './transactions'

export interface EngineOptions {
  now: () => number
  txnIdleTimeoutMs: number
  txnMaxLifetimeMs: number
  lockWaitTimeoutMs: number
}

/** Journal for memory-only databases: every commit is "durable" at once. */
const memoryJournal: Journal = {
  append: () => Promise.resolve(),
  close: () => Promise.resolve(),
}

export class Engine {
  readonly state = new DbState()
  readonly locks = new LockTable()
  readonly txns: TransactionManager
  journal: Journal = memoryJournal
  private closed = false
  private failure: Error | null = null

  constructor(readonly options: EngineOptions) {
    this.txns = new TransactionManager(this)
  }

  /** Applies a batch now and resolves when it is durable. An empty batch writes nothing. */
  commit(ops: StoreOp[]): Promise<void> {
    this.ensureUsable()
    if (ops.length === 0) return Promise.resolve()
    const seq = this.state.seq + 1
    this.state.applyOps(ops, seq, this.txns.hasActive())
    return this.journal.append({ seq, ops }).catch((err: Error) => {
      // Memory and disk now disagree; refuse further work rather than acknowledge writes we lose.
      this.failure = err
      throw new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] journal write failed: ${err.message}`)
    })
  }

  ensureUsable(): void {
    if (this.closed) throw new DbError('DATABASE_REQUEST_FAILED', '[FailedOperation] database is closed')
    if (this.failure)
      throw new DbError(
        'DATABASE_REQUEST_FAILED',
        `[FailedOperation] database failed: ${this.failure.message}`,
      )
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.txns.abortAll()
    this.closed = true
    await this.journal.close()
  }
}
