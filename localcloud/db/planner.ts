/**
 * Narrows a query's candidates through `_id` or a declared index when the query pins the index's
 * leading field(s) with top-level equality or `$in`. The full query still runs on every candidate,
 * so the planner may only ever over-approximate, never drop a match.
 */
import type { CollectionStore } from './collection'
import { isPlainObject } from './ejson'
import type { Doc } from './ejson'
import type { DocId } from './hash-index'

/** Ids to examine in natural order, or null to scan the whole collection. */
export function candidateIds(store: CollectionStore, criteria: Doc): DocId[] | null {
  const pinned = pinnedValues(criteria)
  const ids = pinned.has('_id') ? new Set(pinned.get('_id') as DocId[]) : bestIndexLookup(store, pinned)
  if (!ids) return null
  return [...ids].filter((id) => store.versions.get(id)?.doc).sort((a, b) => store.ord(a) - store.ord(b))
}

function bestIndexLookup(store: CollectionStore, pinned: Map<string, unknown[]>): Set<DocId> | null {
  let best: Set<DocId> | null = null
  for (const index of store.indexes.values()) {
    const allowed: unknown[][] = []
    for (const field of index.fields) {
      const values = pinned.get(field)
      if (!values) break
      allowed.push(values)
    }
    if (allowed.length === 0) continue
    const ids = index.lookup(allowed)
    if (ids && (!best || ids.size < best.size)) best = ids
  }
  return best
}

/** Field -> values it must equal one of, from top-level conditions and top-level `$and`. */
function pinnedValues(criteria: Doc): Map<string, unknown[]> {
  const pinned = new Map<string, unknown[]>()
  const visit = (query: Doc) => {
    for (const [field, condition] of Object.entries(query)) {
      if (field === '$and' && Array.isArray(condition)) condition.filter(isPlainObject).forEach(visit)
      if (field.startsWith('$')) continue
      const values = equalityValues(condition)
      if (values) pinned.set(field, values)
    }
  }
  visit(criteria)
  return pinned
}

function equalityValues(condition: unknown): unknown[] | null {
  if (isHashable(condition)) return [condition]
  if (!isPlainObject(condition)) return null
  if ('$eq' in condition && isHashable(condition.$eq)) return [condition.$eq]
  const list = condition.$in
  if (Array.isArray(list) && list.every(isHashable)) return list
  // Every match of `$all` holds its first element: that element's bucket is a superset.
  const all = condition.$all
  if (Array.isArray(all) && all.length > 0 && isHashable(all[0])) return [all[0]]
  return null
}

/** Values whose equality a hash key decides exactly (objects, arrays and regexes are left to the scan). */
function isHashable(value: unknown): boolean {
  if (value === null || value instanceof Date) return true
  return ['string', 'number', 'boolean'].includes(typeof value) && !Number.isNaN(value)
}
