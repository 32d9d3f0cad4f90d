/**
 * Update and replacement semantics. mingo applies the operators; this file adds what MongoDB (and
 * so the cloud database) enforces and mingo lets slide: `_id` is immutable, an operator must hit a
 * value of the right type, a path cannot be created through a scalar, and `$addToSet` with `$each`
 * never adds the same value twice.
 */
import { update as mingoUpdate } from 'mingo'
import { cloneValue, isPlainObject, valueKey } from './ejson'
import type { Doc } from './ejson'
import { immutableId, invalidUpdate } from './errors'
import type { DocId } from './hash-index'

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pull',
  '$pullAll',
  '$pop',
  '$addToSet',
  '$bit',
])
const NUMERIC = new Set(['$inc', '$mul'])
const ARRAY = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop'])
const CREATES = new Set(['$set', '$inc', '$mul', '$min', '$max', '$push', '$addToSet', '$bit'])

export interface UpdateOutcome {
  doc: Doc
  /** False when the update left the document as it was (the cloud then reports `updated: 0`). */
  changed: boolean
}

/** Validates an update document; a plain object without operators means "set these fields". */
export function normalizeModifier(data: Doc): Doc {
  const keys = Object.keys(data)
  const operators = keys.filter((key) => key.startsWith('$'))
  if (operators.length === 0) return normalizeModifier({ $set: data })
  if (operators.length !== keys.length)
    throw invalidUpdate('Unknown modifier: mixing operators and plain fields')
  for (const [operator, fields] of Object.entries(data)) {
    if (!OPERATORS.has(operator)) throw invalidUpdate(`Unknown modifier: ${operator}`)
    if (!isPlainObject(fields))
      throw invalidUpdate(`Modifiers operate on fields but we found another type instead (${operator})`)
    for (const [path, arg] of Object.entries(fields)) {
      if (touchesId(path) || (operator === '$rename' && touchesId(String(arg)))) throw immutableId()
    }
  }
  return dedupeAddToSet(data)
}

export function applyModifier(doc: Doc, modifier: Doc): UpdateOutcome {
  const next = cloneValue(doc)
  for (const [operator, fields] of Object.entries(modifier)) {
    for (const path of Object.keys(fields as Doc)) checkTarget(next, operator, path)
  }
  try {
    const changedPaths = mingoUpdate(next, modifier, undefined, undefined, { cloneMode: 'deep' })
    return { doc: next, changed: changedPaths.length > 0 }
  } catch (err) {
    throw invalidUpdate((err as Error).message)
  }
}

/** `set()` replaces the whole document but keeps its `_id`. */
export function replacement(id: DocId, data: Doc): Doc {
  if ('_id' in data && data._id !== id) throw immutableId()
  const rest = { ...data }
  delete rest._id
  return { _id: id, ...rest }
}

function touchesId(path: string): boolean {
  return path === '_id' || path.startsWith('_id.')
}

function checkTarget(doc: Doc, operator: string, path: string): void {
  const segments = path.split('.')
  let current: unknown = doc
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]
    current =
      Array.isArray(current) && /^\d+$/.test(segment) ? current[Number(segment)] : childOf(current, segment)
    if (current === undefined) return
    const traversable = isPlainObject(current) || (Array.isArray(current) && /^\d+$/.test(segments[i + 1]))
    if (!traversable && CREATES.has(operator)) {
      throw invalidUpdate(
        `Cannot create field '${segments[i + 1]}' in element {${segment}: ${JSON.stringify(current)}}`,
      )
    }
    if (!traversable) return
  }
  checkLeaf(operator, path, childOf(current, segments[segments.length - 1]))
}

function childOf(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(segment) ? value[Number(segment)] : undefined
  return isPlainObject(value) ? value[segment] : undefined
}

function checkLeaf(operator: string, path: string, value: unknown): void {
  if (value === undefined) return
  if (NUMERIC.has(operator) && typeof value !== 'number') {
    throw invalidUpdate(
      `Cannot apply ${operator} to a value of non-numeric type. The field '${path}' is not a number`,
    )
  }
  if (ARRAY.has(operator) && !Array.isArray(value)) {
    throw invalidUpdate(`The field '${path}' must be an array but is of type ${typeName(value)}`)
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Date) return 'date'
  if (isPlainObject(value)) return 'object'
  return typeof value === 'number' ? 'double' : typeof value
}

/** MongoDB adds each `$each` value at most once; mingo would copy duplicates onto a missing field. */
function dedupeAddToSet(modifier: Doc): Doc {
  const addToSet = modifier.$addToSet
  if (!isPlainObject(addToSet)) return modifier
  const fields: Doc = {}
  for (const [path, arg] of Object.entries(addToSet)) {
    fields[path] =
      isPlainObject(arg) && Array.isArray(arg.$each) ? { ...arg, $each: uniqueValues(arg.$each) } : arg
  }
  return { ...modifier, $addToSet: fields }
}

function uniqueValues(values: unknown[]): unknown[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = valueKey(value)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
