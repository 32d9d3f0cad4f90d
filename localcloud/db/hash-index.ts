/**
 * A declared index kept as in-memory hash maps: one map per key prefix (so `{a:1, b:1}` answers
 * equality on `a` alone and on `a`+`b`), plus, for unique indexes, the owner of each full key.
 *
 * Choices, documented because they differ from MongoDB in corners:
 * - A missing field counts as null, for lookups and for uniqueness (MongoDB does the same for a
 *   non-sparse unique index): a second document without the field is a duplicate.
 * - An array value is one whole value for uniqueness (MongoDB's multikey indexes would treat each
 *   element as a key). For lookups, an array of plain values (strings, numbers, dates, booleans,
 *   null) is indexed under each of its elements, as MongoDB's multikey index is, so
 *   `{ stationId, terms: 'x' }` or `terms: _.all([...])` is a lookup, not a scan. Other arrays
 *   (empty, of objects, nested) sit in a side bucket that every lookup includes, so matching stays
 *   exactly MongoDB's; only the speed-up is lost for them.
 * - Key direction (1 / -1) is recorded but irrelevant to a hash index.
 */
import { valueKey } from './ejson'
import type { Doc } from './ejson'
import { resolvePath } from './paths'

export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}

export type DocId = string | number

/** Above this many key combinations (a product of `$in` lists) a lookup is not worth it. */
const MAX_LOOKUP_KEYS = 1000
/** Keys one document may put into one prefix map (its array elements, across fields). */
const MAX_DOC_KEYS = 10000

export class HashIndex {
  readonly fields: string[]
  private readonly prefixes: Map<string, Set<DocId>>[]
  private readonly multi: Set<DocId>[]
  private readonly owners = new Map<string, DocId>()

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys)
    this.prefixes = this.fields.map(() => new Map())
    this.multi = this.fields.map(() => new Set())
  }

  get unique(): boolean {
    return this.spec.unique === true
  }

  /** The key that must be unique: all fields, arrays as whole values, missing as null. */
  uniqueKey(doc: Doc): string {
    return JSON.stringify(this.fields.map((field) => valueKey(resolvePath(doc, field).value)))
  }

  /** The owner of a unique key, if any. */
  owner(key: string): DocId | undefined {
    return this.owners.get(key)
  }

  add(id: DocId, doc: Doc): void {
    if (this.unique) this.owners.set(this.uniqueKey(doc), id)
    this.forEachPrefix(doc, (depth, keys) => {
      if (keys === null) this.multi[depth].add(id)
      else for (const key of keys) addToBucket(this.prefixes[depth], key, id)
    })
  }

  remove(id: DocId, doc: Doc): void {
    if (this.unique) {
      const key = this.uniqueKey(doc)
      if (this.owners.get(key) === id) this.owners.delete(key)
    }
    this.forEachPrefix(doc, (depth, keys) => {
      if (keys === null) this.multi[depth].delete(id)
      else for (const key of keys) removeFromBucket(this.prefixes[depth], key, id)
    })
  }

  /**
   * Ids of every document that can match equality on the first `allowed.length` fields, where
   * `allowed[i]` lists the values field i may equal. Null when the lookup would be too wide.
   */
  lookup(allowed: unknown[][]): Set<DocId> | null {
    const depth = allowed.length - 1
    const combos = allowed.reduce((n, values) => n * values.length, 1)
    if (depth < 0 || depth >= this.fields.length || combos > MAX_LOOKUP_KEYS) return null
    const out = new Set<DocId>(this.multi[depth])
    for (const parts of product(allowed)) {
      const bucket = this.prefixes[depth].get(JSON.stringify(parts.map(valueKey)))
      if (bucket) for (const id of bucket) out.add(id)
    }
    return out
  }

  /** `{ stationId: "s1", openid: "o1" }`, the way MongoDB prints a duplicate key. */
  describeKey(doc: Doc): string {
    const parts = this.fields.map(
      (field) => `${field}: ${JSON.stringify(resolvePath(doc, field).value ?? null)}`,
    )
    return `{ ${parts.join(', ')} }`
  }

  /**
   * Calls back once per prefix depth with its keys: one for plain values, one per combination of
   * elements when a field holds an array of plain values; null when it holds any other array.
   */
  private forEachPrefix(doc: Doc, visit: (depth: number, keys: string[] | null) => void): void {
    let combos: string[][] | null = [[]]
    this.fields.forEach((field, depth) => {
      const parts = combos && keyParts(resolvePath(doc, field))
      combos =
        combos && parts && combos.length * parts.length <= MAX_DOC_KEYS ? product2(combos, parts) : null
      visit(depth, combos && [...new Set(combos.map((c) => JSON.stringify(c)))])
    })
  }
}

/** The key parts one field contributes: its value, or each element of an array of plain values. */
function keyParts(resolved: { value: unknown; multi: boolean }): string[] | null {
  if (!resolved.multi) return [valueKey(resolved.value)]
  const values = resolved.value
  if (!Array.isArray(values) || values.length === 0 || !values.every(isPlain)) return null
  return values.map(valueKey)
}

function isPlain(value: unknown): boolean {
  return value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
}

function product2(prefixes: string[][], parts: string[]): string[][] {
  return prefixes.flatMap((prefix) => parts.map((part) => [...prefix, part]))
}

function addToBucket(map: Map<string, Set<DocId>>, key: string, id: DocId): void {
  const bucket = map.get(key)
  if (bucket) bucket.add(id)
  else map.set(key, new Set([id]))
}

function removeFromBucket(map: Map<string, Set<DocId>>, key: string, id: DocId): void {
  const bucket = map.get(key)
  if (!bucket) return
  bucket.delete(id)
  if (bucket.size === 0) map.delete(key)
}

function product(lists: unknown[][]): unknown[][] {
  return lists.reduce<unknown[][]>(
    (acc, values) => acc.flatMap((prefix) => values.map((v) => [...prefix, v])),
    [[]],
  )
}
