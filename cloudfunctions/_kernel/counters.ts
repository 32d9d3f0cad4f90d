/**
 * Station counters: figures (party members reported, hours served, topics resolved, read rates)
 * kept in small documents that the write changing them updates in the same transaction, so a
 * figure page reads a handful of documents instead of scanning records, and the figure is never
 * out of step with the records it counts.
 *
 * A counter is a name (`party.byBuilding`) and dimensions (`{ buildingId }`, `{ month }`); its
 * values are numbers (`{ reported, claimed }`). A counter written by many people at once (a
 * burst of check-ins) can be split into shards: each write picks one at random, a read adds
 * them up. Each domain declares how to recount its counters from the records (`CounterDef`), so
 * `rebuildCounters` can make them again from scratch (after an import, or to check them).
 */
import { createHash } from 'crypto'
import type { CounterDoc } from '../../types/entities'
import { command, inList } from './query'
import type { ScopedDb } from './repo'
import type { ScopedTransaction } from './tx'

export type Dims = Record<string, string | null>
export type Values = Record<string, number>

export interface CounterChange {
  name: string
  dims?: Dims
  values: Values
}

export interface CounterRow {
  name: string
  dims: Dims
  values: Values
}

/** How a domain recounts one family of counters from its records (station-scoped). */
export interface CounterDef {
  names: readonly string[]
  /** Spread writes over this many documents (default 1: one document per counter). */
  shards?: number
  recount(db: ScopedDb): Promise<CounterRow[]>
}

const dimKey = (dims: Dims) =>
  Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k] ?? ''}`)
    .join('&')

export function counterId(stationId: string, name: string, dims: Dims, shard: number): string {
  const key = createHash('sha256')
    .update(`${name}|${dimKey(dims)}`)
    .digest('hex')
    .slice(0, 20)
  return `ct-${stationId}-${key}-${shard}`
}

/** Changes added up per counter (a recount is the sum of every record's contribution). */
export function sumChanges(changes: Iterable<CounterChange>): CounterRow[] {
  const merged = new Map<string, CounterRow>()
  for (const change of changes) {
    const dims = change.dims ?? {}
    const key = `${change.name}|${dimKey(dims)}`
    const row = merged.get(key) ?? { name: change.name, dims, values: {} }
    for (const [field, delta] of Object.entries(change.values))
      row.values[field] = (row.values[field] ?? 0) + delta
    merged.set(key, row)
  }
  return [...merged.values()]
}

/** Adds the changes (summed per counter) inside the caller's transaction. */
export async function bump(tx: ScopedTransaction, changes: CounterChange[], shards = 1): Promise<void> {
  for (const row of sumChanges(changes)) {
    const nonZero = Object.entries(row.values).filter(([, d]) => d !== 0)
    if (nonZero.length === 0) continue
    const shard = Math.floor(Math.random() * shards)
    const id = counterId(tx.stationId, row.name, row.dims, shard)
    const current = await tx.get('counters', id)
    if (current) {
      const patch: Record<string, unknown> = { updatedAt: new Date() }
      for (const [field, delta] of nonZero) patch[`values.${field}`] = command().inc(delta)
      await tx.updateRead('counters', id, patch)
    } else {
      const doc: Omit<CounterDoc, 'stationId'> = {
        _id: id,
        name: row.name,
        dims: row.dims,
        shard,
        values: Object.fromEntries(nonZero),
        updatedAt: new Date(),
      }
      await tx.insert('counters', doc)
    }
  }
}

/**
 * Counters of these names at the station, shards added up: one read of at most 1,000 documents,
 * so a family with many dimensions (month × building) is read narrowed by `where` (e.g.
 * `{ 'dims.month': '2026-11' }`).
 */
export async function readCounters(
  db: ScopedDb,
  names: readonly string[],
  where: Record<string, unknown> = {},
): Promise<CounterRow[]> {
  const docs = await db.counters.find({ ...where, name: inList([...names]) }, { limit: 1000 })
  return sumChanges(docs)
}

/** One counter's values (zeros when nothing was counted yet). */
export function valuesOf(rows: CounterRow[], name: string, dims: Dims = {}): Values {
  const key = dimKey(dims)
  return rows.find((r) => r.name === name && dimKey(r.dims) === key)?.values ?? {}
}

/**
 * Makes a station's counters again from its records: removes every shard of the def's names and
 * writes the recount, one document per counter. Run when nobody is writing (after an import, or
 * from `npm run admin -- rebuild-counters`); answers how many counters it wrote.
 */
export async function rebuild(db: ScopedDb, stationId: string, def: CounterDef): Promise<number> {
  const rows = await def.recount(db)
  await db.counters.remove({ name: inList([...def.names]) })
  const now = new Date()
  await db.counters.insertMany(
    rows
      .filter((r) => Object.values(r.values).some((n) => n !== 0))
      .map((r) => ({
        _id: counterId(stationId, r.name, r.dims, 0),
        name: r.name,
        dims: r.dims,
        shard: 0,
        values: r.values,
        updatedAt: now,
      })),
  )
  return rows.length
}
