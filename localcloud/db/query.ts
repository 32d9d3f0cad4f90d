/**
 * Query matching, ordering, paging and projection, with mingo doing MongoDB's semantics and the
 * planner choosing which documents mingo has to look at.
 */
import { Query } from 'mingo'
import type { CollectionStore } from './collection'
import type { Doc } from './ejson'
import { requestFailed } from './errors'
import type { DocId } from './hash-index'
import { candidateIds } from './planner'

/** `$where` and `$function` run caller-supplied JavaScript; the cloud database refuses them too. */
export const MINGO_OPTIONS = { scriptEnabled: false } as const

export interface FindSpec {
  criteria: Doc
  order?: Doc
  skip?: number
  limit?: number
  projection?: Doc
}

export function compileQuery(criteria: Doc): Query {
  try {
    return new Query(criteria, MINGO_OPTIONS)
  } catch (err) {
    throw requestFailed(`invalid query: ${(err as Error).message}`)
  }
}

/** Matching documents as stored (not copies), with their ids, in natural order. */
export function matching(store: CollectionStore, criteria: Doc): [DocId, Doc][] {
  const query = compileQuery(criteria)
  const ids = candidateIds(store, criteria)
  const pairs: Iterable<[DocId, Doc]> = ids ? ids.map((id) => [id, store.head(id) as Doc]) : store.live()
  const out: [DocId, Doc][] = []
  for (const pair of pairs) if (query.test(pair[1])) out.push(pair)
  return out
}

export function countDocs(store: CollectionStore, criteria: Doc): number {
  return matching(store, criteria).length
}

/** Results may share structure with stored documents: encode or clone them before handing out. */
export function findDocs(store: CollectionStore, spec: FindSpec): Doc[] {
  const docs = matching(store, spec.criteria).map(([, doc]) => doc)
  if (!spec.order && !spec.projection && !spec.skip && spec.limit === undefined) return docs
  try {
    let cursor = new Query({}, MINGO_OPTIONS).find<Doc>(docs, spec.projection)
    if (spec.order && Object.keys(spec.order).length > 0) cursor = cursor.sort(spec.order)
    if (spec.skip) cursor = cursor.skip(spec.skip)
    if (spec.limit !== undefined) cursor = cursor.limit(spec.limit)
    return cursor.all()
  } catch (err) {
    throw requestFailed((err as Error).message)
  }
}

/** Applies a `field()` projection to documents already in hand (a transaction's snapshot read). */
export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs
  try {
    return new Query({}, MINGO_OPTIONS).find<Doc>(docs, projection).all()
  } catch (err) {
    throw requestFailed((err as Error).message)
  }
}
