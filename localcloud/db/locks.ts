/**
 * Transaction write locks. A transaction locks each document it writes (or the id it is about to
 * insert) and each unique-index key its new documents claim, the way MongoDB holds both the
 * document and its unique index entries until commit. Another transaction touching a held lock
 * conflicts at once; a plain write waits here until the holder commits or aborts, for at most
 * `lockWaitTimeoutMs`.
 */
import type { DocId } from './hash-index'

export function lockKey(collection: string, id: DocId): string {
  return `d\u0000${collection}\u0000${typeof id}\u0000${id}`
}

export function uniqueKeyLock(collection: string, index: string, key: string): string {
  return `u\u0000${collection}\u0000${index}\u0000${key}`
}

export class LockTable {
  private readonly holders = new Map<string, string>()
  private readonly waiters = new Map<string, Set<() => void>>()

  holder(key: string): string | undefined {
    return this.holders.get(key)
  }

  acquire(key: string, txnId: string): void {
    this.holders.set(key, txnId)
  }

  release(keys: Iterable<string>): void {
    for (const key of keys) {
      this.holders.delete(key)
      const waiting = this.waiters.get(key)
      this.waiters.delete(key)
      waiting?.forEach((wake) => wake())
    }
  }

  /** Resolves when the lock is released; rejects with `onTimeout()` at `deadline`. */
  waitForRelease(key: string, deadline: number, onTimeout: () => Error): Promise<void> {
    if (!this.holders.has(key)) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const waiting = this.waiters.get(key) ?? new Set<() => void>()
      this.waiters.set(key, waiting)
      const wake = () => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(
        () => {
          waiting.delete(wake)
          reject(onTimeout())
        },
        Math.max(0, deadline - Date.now()),
      )
      waiting.add(wake)
    })
  }
}
