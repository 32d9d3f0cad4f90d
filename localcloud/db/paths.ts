import { isPlainObject } from './ejson'
import type { Doc } from './ejson'

export interface ResolvedPath {
  value: unknown
  /** True when the path passed through, or ended at, an array: MongoDB would match element-wise. */
  multi: boolean
}

/** Reads a dotted path such as `a.b` the way an index sees it. */
export function resolvePath(doc: Doc, path: string): ResolvedPath {
  let values: unknown[] = [doc]
  let fannedOut = false
  for (const segment of path.split('.')) {
    fannedOut = fannedOut || values.some(Array.isArray)
    values = values.flatMap((value) => step(value, segment))
  }
  if (fannedOut) return { value: values, multi: true }
  return { value: values[0], multi: Array.isArray(values[0]) }
}

/** One segment further: into an object's field, or into the field of every object in an array. */
function step(value: unknown, segment: string): unknown[] {
  if (Array.isArray(value)) return value.filter(isPlainObject).map((element) => element[segment])
  return [isPlainObject(value) ? value[segment] : undefined]
}
