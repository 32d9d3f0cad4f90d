/**
 * Reading the fields of an SDK request body. Queries, orders, projections and update documents
 * arrive as Extended JSON strings; a hand-written caller may send plain objects, which work too.
 */
import { decodeValue, isPlainObject, parseEjson } from './ejson'
import type { DecodeContext, Doc } from './ejson'
import { invalidParam } from './errors'
import type { DocId } from './hash-index'

/** `get()` without `limit()` returns this many, as the cloud does for server-side calls. */
export const DEFAULT_LIMIT = 100
/**
 * The cloud's page cap. The SDK already clamps `limit()` to 1000 before sending; a larger limit
 * arriving on the wire is clamped here too (the reply's `limit` says 1000), never an error.
 */
export const MAX_LIMIT = 1000

export function collectionName(params: Doc): string {
  const name = params.collectionName
  if (typeof name !== 'string' || name.length === 0) throw invalidParam('collectionName is required')
  return name
}

export function transactionId(params: Doc): string | undefined {
  const id = params.transactionId
  return typeof id === 'string' && id.length > 0 ? id : undefined
}

/** An Extended JSON field as a document; absent or empty means `{}`. */
export function docParam(params: Doc, key: string, ctx: DecodeContext): Doc {
  const raw = params[key]
  if (raw === undefined || raw === null || raw === '') return {}
  let value: unknown
  try {
    value = typeof raw === 'string' ? parseEjson(raw, ctx) : decodeValue(raw, ctx)
  } catch (err) {
    throw invalidParam(`${key} is not valid Extended JSON: ${(err as Error).message}`)
  }
  if (!isPlainObject(value)) throw invalidParam(`${key} must be an object`)
  return value
}

export function optionalDocParam(params: Doc, key: string, ctx: DecodeContext): Doc | undefined {
  const doc = docParam(params, key, ctx)
  return Object.keys(doc).length > 0 ? doc : undefined
}

/** The id of a `doc(id)` request, whose query is exactly `{_id: id}`. */
export function docIdOf(query: Doc): DocId {
  const id = query._id
  if (typeof id !== 'string' && typeof id !== 'number')
    throw invalidParam('a document request needs a string or number _id')
  return id
}

export function isDocRequest(params: Doc): boolean {
  return params.queryType === 'DOC'
}

export function pageParams(params: Doc): { skip: number; limit: number } {
  const skip = numberParam(params.offset, 0)
  const limit = numberParam(params.limit, DEFAULT_LIMIT)
  if (skip < 0 || limit < 0) throw invalidParam('offset and limit must not be negative')
  return { skip, limit: limit === 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT) }
}

function numberParam(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n)) throw invalidParam('offset and limit must be integers')
  return n
}
