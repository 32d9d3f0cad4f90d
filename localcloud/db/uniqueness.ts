/**
 * All-or-nothing uniqueness check for a batch of writes to one collection, run before anything is
 * applied: an array `add`, a multi-document `where().update()` or a transaction's commit either
 * passes as a whole or writes nothing.
 */
import type { CollectionStore } from './collection'
import type { Doc } from './ejson'
import { duplicateKey } from './errors'
import type { DocId, HashIndex } from './hash-index'
import { uniqueKeyLock } from './locks'

export interface Change {
  id: DocId
  /** The document after the write; null for a removal. */
  doc: Doc | null
  /** An insert must not reuse an existing `_id`; an update or set may. */
  insert?: boolean
}

export function checkUnique(store: CollectionStore, changes: Change[]): void {
  const byId = new Map<DocId, Change>()
  for (const change of changes) {
    if (change.insert && (byId.has(change.id) || store.head(change.id))) {
      throw duplicateKey(store.name, '_id_', `{ _id: ${JSON.stringify(change.id)} }`)
    }
    byId.set(change.id, change)
  }
  for (const index of store.indexes.values()) if (index.unique) checkIndex(store.name, index, byId)
}

function checkIndex(collection: string, index: HashIndex, byId: Map<DocId, Change>): void {
  const claimed = new Map<string, DocId>()
  for (const { id, doc } of byId.values()) {
    if (!doc) continue
    const key = index.uniqueKey(doc)
    const owner = claimed.get(key) ?? index.owner(key)
    // The current owner may be leaving this key in the same batch (updated or removed).
    const ownerLeaves = owner !== undefined && !claimed.has(key) && byId.has(owner)
    if (owner !== undefined && owner !== id && !ownerLeaves) {
      throw duplicateKey(collection, index.spec.name, index.describeKey(doc))
    }
    claimed.set(key, id)
  }
}

/** The locks a document's unique-index keys take while a transaction that writes it is open. */
export function uniqueKeyLocks(store: CollectionStore, doc: Doc): string[] {
  return [...store.indexes.values()]
    .filter((index) => index.unique)
    .map((index) => uniqueKeyLock(store.name, index.spec.name, index.uniqueKey(doc)))
}
