/**
 * MongoDB Extended JSON as wx-server-sdk speaks it. Requests arrive in canonical form
 * (`{"$numberInt":"1"}`, `{"$date":{"$numberLong":"0"}}`) plus the cloud's own
 * `{"$tcb_server_date":{"offset":n}}`; replies go out in relaxed form, which the SDK's
 * `EJSON.parse` turns back into numbers, Dates and RegExps. The same relaxed form is the on-disk
 * format, so a stored document reads back exactly as it was written.
 *
 * Our own codec rather than `bson`: bson is only a transitive dependency here, and we need the
 * server-date extension and plain numbers (not Long/Int32 wrappers) anyway.
 */
export type Doc = Record<string, unknown>

export interface DecodeContext {
  /** Milliseconds since the epoch that `db.serverDate()` resolves against, one value per request. */
  now: number
}

const NOT_A_WRAPPER = Symbol('not a wrapper')

export function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Turns Extended JSON (already `JSON.parse`d) into JS values. */
export function decodeValue(value: unknown, ctx?: DecodeContext): unknown {
  if (Array.isArray(value)) return value.map((item) => decodeValue(item, ctx))
  if (!isPlainObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0].startsWith('$')) {
    const decoded = decodeWrapper(keys[0], decodeValue(value[keys[0]], ctx), ctx)
    if (decoded !== NOT_A_WRAPPER) return decoded
  }
  const out: Doc = {}
  for (const key of keys) out[key] = decodeValue(value[key], ctx)
  return out
}

/** Parses one Extended JSON string from the wire. */
export function parseEjson(text: string, ctx?: DecodeContext): unknown {
  return decodeValue(JSON.parse(text), ctx)
}

function decodeWrapper(key: string, inner: unknown, ctx?: DecodeContext): unknown {
  switch (key) {
    case '$numberInt':
    case '$numberLong':
    case '$numberDouble':
    case '$numberDecimal':
      return typeof inner === 'string' ? Number(inner) : NOT_A_WRAPPER
    case '$date':
      return decodeDate(inner)
    case '$regularExpression':
      return decodeRegExp(inner)
    case '$oid':
      // ObjectIds only appear if a caller builds one by hand; the cloud's own ids are strings.
      return typeof inner === 'string' ? inner : NOT_A_WRAPPER
    case '$tcb_server_date':
      return decodeServerDate(inner, ctx)
    default:
      return NOT_A_WRAPPER
  }
}

function decodeDate(inner: unknown): unknown {
  if (typeof inner === 'number') return new Date(inner)
  if (typeof inner === 'string') return new Date(inner)
  return NOT_A_WRAPPER
}

function decodeRegExp(inner: unknown): unknown {
  if (!isPlainObject(inner) || typeof inner.pattern !== 'string') return NOT_A_WRAPPER
  // JavaScript knows no `x` flag; MongoDB's `s` and `m` and `i` map one to one.
  const flags = String(inner.options ?? '').replace(/[^imsu]/g, '')
  return new RegExp(inner.pattern, flags)
}

function decodeServerDate(inner: unknown, ctx?: DecodeContext): unknown {
  const offset = isPlainObject(inner) && typeof inner.offset === 'number' ? inner.offset : 0
  return new Date((ctx?.now ?? Date.now()) + offset)
}

/** Turns JS values into relaxed Extended JSON that `JSON.stringify` can carry. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } }
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } }
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $numberDouble: String(value) }
  if (typeof value === 'bigint') return { $numberLong: value.toString() }
  if (Array.isArray(value)) return value.map(encodeValue)
  if (value !== null && typeof value === 'object') {
    const out: Doc = {}
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = encodeValue(item)
    }
    return out
  }
  return value
}

export function stringifyEjson(value: unknown): string {
  return JSON.stringify(encodeValue(value))
}

/** Deep copy that keeps Dates and RegExps; stored documents are never handed out by reference. */
export function cloneValue<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T
  if (Array.isArray(value)) return value.map(cloneValue) as T
  if (value !== null && typeof value === 'object') {
    const out: Doc = {}
    // Undefined fields are dropped, as they are on the wire and on disk.
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = cloneValue(item)
    return out as T
  }
  return value
}

/**
 * A string that is equal for two values exactly when MongoDB's equality says they are equal
 * (numbers by value, Dates by time, objects by fields in order). Used for hash indexes and
 * `$addToSet` de-duplication.
 */
export function valueKey(value: unknown): string {
  if (value === undefined || value === null) return 'n'
  if (typeof value === 'number') return `d${value}`
  if (typeof value === 'string') return `s${value}`
  if (typeof value === 'boolean') return value ? 'b1' : 'b0'
  if (value instanceof Date) return `t${value.getTime()}`
  if (value instanceof RegExp) return `r${String(value)}`
  if (Array.isArray(value)) return `a${JSON.stringify(value.map(valueKey))}`
  if (typeof value === 'object') {
    return `o${JSON.stringify(Object.entries(value).map(([key, item]) => [key, valueKey(item)]))}`
  }
  return `x${String(value)}`
}
