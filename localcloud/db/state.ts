/**
 * The database's in-memory state and the one way it changes: a batch of store operations applied
 * under a new commit sequence number. Live commits and journal replay both go through `applyOps`,
 * so what is replayed after a restart is exactly what was applied before it.
 */
import { CollectionStore } from './collection'
import type { Doc } from './ejson'
import { collectionNotExist } from './errors'
import type { DocId, IndexSpec } from './hash-index'

export type StoreOp =
  | { type: 'put'; collection: string; id: DocId; doc: Doc }
  | { type: 'delete'; collection: string; id: DocId }
  | { type: 'createCollection'; collection: string }
  | { type: 'ensureIndex'; collection: string; spec: IndexSpec }

export class DbState {
  readonly collections = new Map<string, CollectionStore>()
  /** Sequence number of the last applied batch; a transaction's snapshot is one of these. */
  seq = 0

  collection(name: string): CollectionStore {
    const store = this.collections.get(name)
    if (!store) throw collectionNotExist(name)
    return store
  }

  /** Applies one batch. Validation happened before; this must not fail half-way. */
  applyOps(ops: StoreOp[], seq: number, keepHistory: boolean): void {
    this.seq = seq
    for (const op of ops) this.applyOp(op, seq, keepHistory)
  }

  prune(minSeq: number): void {
    for (const store of this.collections.values()) store.prune(minSeq)
  }

  private applyOp(op: StoreOp, seq: number, keepHistory: boolean): void {
    switch (op.type) {
      case 'createCollection':
        if (!this.collections.has(op.collection))
          this.collections.set(op.collection, new CollectionStore(op.collection))
        return
      case 'ensureIndex':
        this.collection(op.collection).addIndex(op.spec)
        return
      case 'put':
        this.collection(op.collection).apply(op.id, op.doc, seq, keepHistory)
        return
      case 'delete':
        this.collection(op.collection).apply(op.id, null, seq, keepHistory)
    }
  }
}
