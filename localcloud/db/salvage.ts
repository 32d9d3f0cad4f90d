/**
 * Builds the best database the intact bytes allow, for `repair`: the snapshot's intact lines, then
 * every intact journal record newer than it, in commit order, and lists what could not be kept.
 *
 * What a gap in the record numbers means: every commit (one request, or one whole transaction)
 * gets the next number, so a missing number is a commit that is gone entirely, none of its writes
 * applied. The records after it are still replayed in order: each carries whole documents, so
 * every document ends up as its last intact write left it. But a later write was made by code
 * that had seen the lost one, so what the lost commit kept consistent across documents (both
 * sides of a transfer, a count and its items, an act and its audit entry) may no longer agree.
 * That is why gaps are reported by number, for the operator to check that stretch of business.
 */
import type { Doc } from './ejson'
import { HashIndex } from './hash-index'
import type { DocId, IndexSpec } from './hash-index'
import type { JournalFile } from './journal-check'
import type { JournalRecord } from './record-codec'
import type { SnapshotContents } from './snapshot-read'
import { DbState } from './state'
import type { StoreOp } from './state'

export interface SetAsideDoc {
  collection: string
  index: string
  id: DocId
  doc: Doc
}

export interface Salvage {
  state: DbState
  /** The snapshot's sequence number; guessed from the journal when both its header and end are lost. */
  snapshotSeq: number
  snapshotSeqGuessed: boolean
  appliedRecords: number
  /** Missing record numbers, as inclusive ranges. */
  gaps: { from: number; to: number }[]
  /** Documents that broke a unique index once a lost commit was missing (the newer write stays). */
  setAside: SetAsideDoc[]
}

export function salvage(snapshot: SnapshotContents | null, files: JournalFile[]): Salvage {
  const records = inSeqOrder(files)
  const guessed = snapshot !== null && snapshot.seq === null
  const snapshotSeq = snapshot?.seq ?? (guessed && records.length > 0 ? records[0].seq - 1 : 0)
  const state = new DbState()
  const indexes = new Map<string, Map<string, IndexSpec>>()
  if (snapshot) applySnapshotLines(state, snapshot, snapshotSeq, indexes)
  state.seq = snapshotSeq
  const result: Salvage = {
    state,
    snapshotSeq,
    snapshotSeqGuessed: guessed,
    appliedRecords: 0,
    gaps: [],
    setAside: [],
  }
  let expected = snapshotSeq + 1
  for (const record of records) {
    if (record.seq < expected) continue // the snapshot already holds it
    if (record.seq > expected) result.gaps.push({ from: expected, to: record.seq - 1 })
    for (const op of record.ops) applyOp(state, op, record.seq, indexes)
    result.appliedRecords++
    expected = record.seq + 1
  }
  addIndexes(state, indexes, result.setAside)
  return result
}

/** Every intact record once (a record is never written twice), lowest number first. */
function inSeqOrder(files: JournalFile[]): JournalRecord[] {
  const bySeq = new Map<number, JournalRecord>()
  for (const { scan } of files) for (const { record } of scan.frames) bySeq.set(record.seq, record)
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

type Declared = Map<string, Map<string, IndexSpec>>

function applySnapshotLines(state: DbState, snapshot: SnapshotContents, seq: number, indexes: Declared) {
  for (const { name, indexes: specs } of snapshot.collections ?? []) {
    ensureCollection(state, name, seq)
    for (const spec of specs) declare(indexes, name, spec)
  }
  for (const { collection, id, doc } of snapshot.docs)
    applyOp(state, { type: 'put', collection, id, doc }, seq, indexes)
}

/**
 * Indexes are declared only after every document is in, so that a unique index that the data no
 * longer satisfies can be repaired by setting documents aside instead of failing the whole repair.
 */
function applyOp(state: DbState, op: StoreOp, seq: number, indexes: Declared): void {
  ensureCollection(state, op.collection, seq)
  if (op.type === 'ensureIndex') declare(indexes, op.collection, op.spec)
  else if (op.type !== 'createCollection') state.applyOps([op], seq, false)
}

function ensureCollection(state: DbState, collection: string, seq: number): void {
  if (!state.collections.has(collection))
    state.applyOps([{ type: 'createCollection', collection }], seq, false)
}

function declare(indexes: Declared, collection: string, spec: IndexSpec): void {
  if (!indexes.has(collection)) indexes.set(collection, new Map())
  indexes.get(collection)?.set(spec.name, spec)
}

function addIndexes(state: DbState, indexes: Declared, setAside: SetAsideDoc[]): void {
  for (const [collection, specs] of indexes) {
    const store = state.collection(collection)
    for (const spec of specs.values()) {
      if (spec.unique) setAsideDuplicates(state, collection, spec, setAside)
      store.addIndex(spec)
    }
  }
}

/** Keeps, for each unique key, the document written last; the others go to the set-aside list. */
function setAsideDuplicates(state: DbState, collection: string, spec: IndexSpec, setAside: SetAsideDoc[]) {
  const store = state.collection(collection)
  const index = new HashIndex(spec)
  const owners = new Map<string, DocId>()
  const writtenAt = (id: DocId) => store.versions.get(id)?.seq ?? 0
  for (const [id, doc] of [...store.live()]) {
    const key = index.uniqueKey(doc)
    const other = owners.get(key)
    owners.set(key, other === undefined || writtenAt(id) >= writtenAt(other) ? id : other)
    if (other === undefined) continue
    const drop = owners.get(key) === id ? other : id
    setAside.push({ collection, index: spec.name, id: drop, doc: store.head(drop) as Doc })
    state.applyOps([{ type: 'delete', collection, id: drop }], state.seq, false)
  }
}
