/**
 * Writes outside a transaction. Each one is planned, checked and applied in a single synchronous
 * step, which is what makes `where({_id, stock: _.gt(0)}).update({stock: _.inc(-1)})` atomic: no
 * other request can run between the match and the write. A write that touches a document locked
 * by an open transaction waits for that lock first, then plans again from the new state.
 */
import { isPlainObject, valueKey } from './ejson'
import type { Doc } from './ejson'
import type { Engine } from './engine'
import { invalidParam, lockWaitTimeout } from './errors'
import type { DocId } from './hash-index'
import { newDocId } from './ids'
import { lockKey } from './locks'
import { matching } from './query'
import type { StoreOp } from './state'
import { applyModifier, replacement } from './update'
import { checkUnique, uniqueKeyLocks } from './uniqueness'

interface WritePlan<T> {
  /** Documents the write would touch; it waits while any of them is locked. */
  targets: DocId[]
  build(): { ops: StoreOp[]; result: T }
}

async function lockedWrite<T>(engine: Engine, collection: string, plan: () => WritePlan<T>): Promise<T> {
  const timeoutMs = engine.options.lockWaitTimeoutMs
  const deadline = Date.now() + timeoutMs
  for (;;) {
    engine.ensureUsable()
    const planned = plan()
    // Wait for locked documents before computing the write: after the holder commits it may differ.
    let blocked = planned.targets.map((id) => lockKey(collection, id)).find((key) => engine.locks.holder(key))
    if (!blocked) {
      const built = planned.build()
      blocked = claimedKeyLocks(engine, collection, built.ops).find((key) => engine.locks.holder(key))
      if (!blocked) {
        await engine.commit(built.ops)
        return built.result
      }
    }
    const what = blocked.startsWith('d') ? 'a document' : 'a unique key'
    await engine.locks.waitForRelease(blocked, deadline, () => lockWaitTimeout(collection, what, timeoutMs))
  }
}

/** Unique keys the written documents claim; one held by an open transaction means waiting for it. */
function claimedKeyLocks(engine: Engine, collection: string, ops: StoreOp[]): string[] {
  const store = engine.state.collection(collection)
  return ops.flatMap((op) => (op.type === 'put' ? uniqueKeyLocks(store, op.doc) : []))
}

/** Gives each document an `_id` (an explicit one is kept) and checks its shape. */
export function prepareInsert(data: unknown): Doc {
  if (!isPlainObject(data)) throw invalidParam('a document must be an object')
  const { _id: given, ...fields } = data
  const id = given ?? newDocId()
  if (typeof id !== 'string' && typeof id !== 'number') throw invalidParam('_id must be a string or a number')
  return { _id: id, ...fields }
}

export function insertDocs(engine: Engine, collection: string, docs: Doc[]): Promise<DocId[]> {
  const ids = docs.map((doc) => doc._id as DocId)
  return lockedWrite(engine, collection, () => ({
    targets: ids,
    build() {
      const store = engine.state.collection(collection)
      checkUnique(
        store,
        docs.map((doc, i) => ({ id: ids[i], doc, insert: true })),
      )
      return { ops: docs.map((doc, i) => ({ type: 'put', collection, id: ids[i], doc })), result: ids }
    },
  }))
}

/** Updates matching documents; returns how many actually changed (the cloud's `updated`). */
export function updateWhere(
  engine: Engine,
  collection: string,
  criteria: Doc,
  modifier: Doc,
  multi: boolean,
): Promise<number> {
  return lockedWrite(engine, collection, () => {
    const store = engine.state.collection(collection)
    const matched = matching(store, criteria).slice(0, multi ? undefined : 1)
    return {
      targets: matched.map(([id]) => id),
      build() {
        const changed = matched
          .map(([id, doc]) => ({ id, ...applyModifier(doc, modifier) }))
          .filter((outcome) => outcome.changed)
        checkUnique(store, changed)
        const ops: StoreOp[] = changed.map(({ id, doc }) => ({ type: 'put', collection, id, doc }))
        return { ops, result: changed.length }
      },
    }
  })
}

/** Replaces the document with this id; creates it when missing if `upsert` (the SDK's `set()` always does). */
export function setById(engine: Engine, collection: string, id: DocId, data: Doc, upsert: boolean) {
  return lockedWrite(engine, collection, () => ({
    targets: [id],
    build() {
      const store = engine.state.collection(collection)
      const current = store.head(id)
      const doc = replacement(id, data)
      const changed = current ? valueKey(current) !== valueKey(doc) : upsert
      if (changed) checkUnique(store, [{ id, doc }])
      const ops: StoreOp[] = changed ? [{ type: 'put', collection, id, doc }] : []
      const upsertedId = !current && upsert ? id : null
      return { ops, result: { updated: current && changed ? 1 : 0, upsertedId } }
    },
  }))
}

export function removeWhere(
  engine: Engine,
  collection: string,
  criteria: Doc,
  multi: boolean,
): Promise<number> {
  return lockedWrite(engine, collection, () => {
    const matched = matching(engine.state.collection(collection), criteria).slice(0, multi ? undefined : 1)
    return {
      targets: matched.map(([id]) => id),
      build: () => ({
        ops: matched.map(([id]): StoreOp => ({ type: 'delete', collection, id })),
        result: matched.length,
      }),
    }
  })
}
