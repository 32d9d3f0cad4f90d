/**
 * One collection: its documents as version chains, and its declared indexes.
 *
 * Stored documents are immutable: a write installs a new object, never edits one in place, so a
 * reader, a snapshot being written to disk and an open transaction can all hold references safely.
 * Older versions are kept only while an open transaction may still need them (snapshot reads).
 */
import type { Doc } from './ejson'
import { duplicateKey } from './errors'
import { HashIndex } from './hash-index'
import type { DocId, IndexSpec } from './hash-index'

export interface DocVersion {
  /** Null marks a deletion that an open transaction's snapshot must still not see. */
  doc: Doc | null
  /** The commit sequence number that wrote this version. */
  seq: number
  /** Insertion order, so that unsorted results come back in natural order like MongoDB's. */
  ord: number
  prev?: DocVersion
}

export class CollectionStore {
  readonly versions = new Map<DocId, DocVersion>()
  readonly indexes = new Map<string, HashIndex>()
  /** Ids whose chain holds older versions, pruned when transactions end. */
  private readonly historied = new Set<DocId>()
  private nextOrd = 0

  constructor(readonly name: string) {}

  head(id: DocId): Doc | null {
    return this.versions.get(id)?.doc ?? null
  }

  /** The document as a transaction that started at `seq` sees it. */
  readAt(id: DocId, seq: number): Doc | null {
    let version = this.versions.get(id)
    while (version && version.seq > seq) version = version.prev
    return version?.doc ?? null
  }

  /** Live documents in natural order. */
  *live(): IterableIterator<[DocId, Doc]> {
    for (const [id, version] of this.versions) if (version.doc) yield [id, version.doc]
  }

  ord(id: DocId): number {
    return this.versions.get(id)?.ord ?? Number.MAX_SAFE_INTEGER
  }

  /** Installs a new version (or a deletion) and keeps the indexes in step. */
  apply(id: DocId, doc: Doc | null, seq: number, keepHistory: boolean): void {
    const current = this.versions.get(id)
    if (current?.doc) for (const index of this.indexes.values()) index.remove(id, current.doc)
    if (doc) for (const index of this.indexes.values()) index.add(id, doc)
    const prev = keepHistory && current ? current : undefined
    if (!doc && !prev) {
      this.versions.delete(id)
      this.historied.delete(id)
      return
    }
    // A document deleted and inserted again keeps its place only while a snapshot needs the old one.
    const ord = current ? current.ord : this.nextOrd++
    this.versions.set(id, { doc, seq, ord, prev })
    if (prev) this.historied.add(id)
  }

  /** Drops versions no open transaction can read: those older than the newest one at `minSeq`. */
  prune(minSeq: number): void {
    for (const id of this.historied) {
      const head = this.versions.get(id)
      if (!head) {
        this.historied.delete(id)
        continue
      }
      let keep = head
      while (keep.seq > minSeq && keep.prev) keep = keep.prev
      keep.prev = undefined
      if (head.prev) continue
      this.historied.delete(id)
      if (!head.doc) this.versions.delete(id)
    }
  }

  /** Builds an index over the current documents, refusing it when they break its uniqueness. */
  buildIndex(spec: IndexSpec): HashIndex {
    const index = new HashIndex(spec)
    const seen = new Set<string>()
    for (const [id, doc] of this.live()) {
      if (index.unique) {
        const key = index.uniqueKey(doc)
        if (seen.has(key)) throw duplicateKey(this.name, spec.name, index.describeKey(doc))
        seen.add(key)
      }
      index.add(id, doc)
    }
    return index
  }

  addIndex(spec: IndexSpec): void {
    this.indexes.set(spec.name, this.buildIndex(spec))
  }
}
