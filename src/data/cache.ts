/**
 * The answers of queries, shared by every page that asks the same thing at the same station
 * (and for the same person, when acting for someone). A mutation marks what it changed as stale:
 * pages showing it load again at once, the others when they next open.
 */
import { create } from 'zustand'
import type { CallError } from './errors'
import { asCallError } from './errors'

/** Every loaded thing goes through these states, so every page can show loading, empty and error. */
export interface Async<T> {
  data: T | null
  loading: boolean
  error: CallError | null
}

interface Entry extends Async<unknown> {
  stale: boolean
}

interface CacheState {
  entries: Record<string, Entry>
  /** Bumped per `fn.action` when a mutation changes what it answers (paged lists reload on it). */
  versions: Record<string, number>
}

export const useCache = create<CacheState>(() => ({ entries: {}, versions: {} }))

const inflight = new Map<string, Promise<unknown>>()
/** Which load of a key is the latest: an older answer arriving late is dropped. */
const generation = new Map<string, number>()

/** `station.me|<station>|<acting for>|<input>` */
export function queryKey(action: string, scope: string, input: string): string {
  return `${action}|${scope}|${input}`
}

function patch(key: string, next: Partial<Entry>) {
  useCache.setState((s) => {
    const current = s.entries[key] ?? { data: null, loading: false, error: null, stale: false }
    return { entries: { ...s.entries, [key]: { ...current, ...next } } }
  })
}

/** Loads into the cache; asking for a key already on its way joins that request. */
export function fetchInto<T>(key: string, load: () => Promise<T>): Promise<T | null> {
  const running = inflight.get(key)
  if (running) return running as Promise<T | null>
  const gen = (generation.get(key) ?? 0) + 1
  generation.set(key, gen)
  patch(key, { loading: true, error: null, stale: false })
  const settled = load().then(
    (data) => {
      if (generation.get(key) === gen) patch(key, { data, loading: false, error: null })
      return data
    },
    (err) => {
      if (generation.get(key) === gen) patch(key, { loading: false, error: asCallError(err) })
      return null
    },
  )
  inflight.set(key, settled)
  settled.finally(() => {
    if (inflight.get(key) === settled) inflight.delete(key)
  })
  return settled
}

/** After a change: every cached answer of these actions (`station.listBuildings`) is stale. */
export function invalidate(actions: readonly string[]) {
  if (actions.length === 0) return
  useCache.setState((s) => {
    const entries = { ...s.entries }
    for (const key of Object.keys(entries)) {
      if (!actions.some((a) => key.startsWith(`${a}|`))) continue
      // A load already on its way may have been answered before the change: ask again.
      inflight.delete(key)
      generation.set(key, (generation.get(key) ?? 0) + 1)
      entries[key] = { ...entries[key], loading: false, stale: true }
    }
    const versions = { ...s.versions }
    for (const a of actions) versions[a] = (versions[a] ?? 0) + 1
    return { entries, versions }
  })
}
