/**
 * Typed data access. A handler gets collections already bound to the caller's station: every
 * query, count, update and remove is ANDed with `stationId`, and every insert is stamped with
 * it, so a forgotten filter cannot reach another station's records. The few global reads (a
 * station by code, my memberships across stations) and the platform admin use the same class
 * without the station bound (`globalCollection`).
 */
import type { CollectionName, Collections, ScopedName } from '../../types/collections'
import { database } from './cloud'
import { AppError } from './errors'

/** The cloud's hard cap for one server-side page. */
export const MAX_PAGE = 1000
const INSERT_CHUNK = 200

export type Filter = Record<string, unknown>
export type Sort = [string, 'asc' | 'desc'][]
export interface FindOptions {
  orderBy?: Sort
  skip?: number
  limit?: number
  fields?: Record<string, boolean>
}
/** A plain-value patch: operators (`_.inc`, `_.remove`) are allowed, but the merged result is then unknown. */
export type Patch<T> = Partial<Record<keyof T, unknown>> | Filter

// The SDK's own types promise `Promise | void | string`; this is what it really returns server-side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any
/** A plain filter, or a command built with `_.and` / `_.or` (kernel/query.ts). */
export type Query = Filter | Raw

export class Collection<T extends { _id: string }, New = Omit<T, '_id'> & { _id?: string }> {
  constructor(
    protected readonly name: CollectionName,
    /** Set for a station-scoped collection: ANDed into every query, stamped on every insert. */
    protected readonly stationId: string | null,
  ) {}

  protected get raw(): Raw {
    return database().collection(this.name)
  }

  protected scope(filter: Filter | Raw): Raw {
    if (this.stationId === null) return filter
    if (isCommand(filter)) return database().command.and([filter, { stationId: this.stationId }])
    return { ...(filter as Filter), stationId: this.stationId }
  }

  protected stamp(doc: New): Record<string, unknown> {
    const data = { ...(doc as object) }
    return this.stationId === null ? data : { ...data, stationId: this.stationId }
  }

  async byId(id: string): Promise<T | null> {
    const res = await this.raw
      .where(this.scope({ _id: id }))
      .limit(1)
      .get()
    return (res.data[0] as T) ?? null
  }

  async find(filter: Filter | Raw = {}, options: FindOptions = {}): Promise<T[]> {
    let query = this.raw.where(this.scope(filter))
    for (const [field, dir] of options.orderBy ?? []) query = query.orderBy(field, dir)
    if (options.skip) query = query.skip(options.skip)
    query = query.limit(Math.min(options.limit ?? 100, MAX_PAGE))
    if (options.fields) query = query.field(options.fields)
    const res = await query.get()
    return res.data as T[]
  }

  async findOne(filter: Filter | Raw): Promise<T | null> {
    return (await this.find(filter, { limit: 1 }))[0] ?? null
  }

  /** Every match, page by page; for bounded sets (a building's rooms, a station's posts). */
  async findAll(filter: Filter | Raw = {}, orderBy: Sort = [['_id', 'asc']], cap = 20000): Promise<T[]> {
    const out: T[] = []
    for (let skip = 0; skip < cap; skip += MAX_PAGE) {
      const batch = await this.find(filter, { orderBy, skip, limit: MAX_PAGE })
      out.push(...batch)
      if (batch.length < MAX_PAGE) break
    }
    return out
  }

  async count(filter: Filter | Raw = {}): Promise<number> {
    const res = await this.raw.where(this.scope(filter)).count()
    return res.total as number
  }

  /** Inserts one record and answers it as stored (no second read). */
  async insert(doc: New): Promise<T> {
    const data = this.stamp(doc)
    const res = await this.raw.add({ data })
    return { ...data, _id: res._id as string } as unknown as T
  }

  async insertMany(docs: New[]): Promise<number> {
    let inserted = 0
    for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
      const chunk = docs.slice(i, i + INSERT_CHUNK).map((d) => this.stamp(d))
      await this.raw.add({ data: chunk })
      inserted += chunk.length
    }
    return inserted
  }

  /** Updates matching records; returns how many changed. Pass extra conditions for atomic checks. */
  async update(filter: Filter | Raw, patch: Patch<T>): Promise<number> {
    assertPatch(patch)
    const res = await this.raw.where(this.scope(filter)).update({ data: patch })
    return res.stats.updated as number
  }

  async updateById(id: string, patch: Patch<T>, condition: Filter = {}): Promise<boolean> {
    return (await this.update({ ...condition, _id: id }, patch)) === 1
  }

  /**
   * Writes plain values to a record the caller has just read and answers the record as it now
   * is, without reading it again. The cloud counts an update that changes nothing as 0 records,
   * so only then is it read back, to tell "unchanged" from "gone or no longer matching `condition`"
   * (CONFLICT).
   */
  async patch(current: T, values: Partial<T>, condition: Filter = {}): Promise<T> {
    if (await this.updateById(current._id, values, condition)) return { ...current, ...values }
    const now = await this.findOne({ ...condition, _id: current._id })
    if (!now) throw new AppError('CONFLICT', '这条记录刚被别人改过了，请刷新后重试')
    return now
  }

  async remove(filter: Filter | Raw): Promise<number> {
    const res = await this.raw.where(this.scope(filter)).remove()
    return res.stats.removed as number
  }

  /**
   * An aggregation (starting by matching this station when scoped), typed by what its last
   * stage yields: `aggregate<{ _id: string; n: number }>((a) => a.group({...}).limit(5000))`.
   */
  async aggregate<R>(pipeline: (start: Raw) => Raw): Promise<R[]> {
    const start =
      this.stationId === null
        ? this.raw.aggregate()
        : this.raw.aggregate().match({ stationId: this.stationId })
    const res = await pipeline(start).end()
    return res.list as R[]
  }
}

export class ScopedCollection<T extends { _id: string; stationId: string }> extends Collection<
  T,
  Omit<T, '_id' | 'stationId'> & { _id?: string }
> {}

function isCommand(filter: unknown): boolean {
  return typeof filter === 'object' && filter !== null && Object.getPrototypeOf(filter) !== Object.prototype
}

function assertPatch(patch: object) {
  if ('stationId' in patch || '_id' in patch)
    throw new Error('a patch may not move a record between stations')
}

export type ScopedDb = { [K in ScopedName]: ScopedCollection<Collections[K]> }

export function scopedDb(stationId: string): ScopedDb {
  const cache = new Map<string, ScopedCollection<{ _id: string; stationId: string }>>()
  return new Proxy({} as ScopedDb, {
    get(_target, name: string) {
      if (name === 'stations') throw new Error('stations are not station-scoped; use the station in context')
      if (!cache.has(name)) cache.set(name, new ScopedCollection(name as ScopedName, stationId))
      return cache.get(name)
    },
  })
}

/** Unscoped, typed access for the few global reads (a station by code, my memberships) and platform admin. */
export function globalCollection<K extends CollectionName>(name: K): Collection<Collections[K]> {
  return new Collection<Collections[K]>(name, null)
}
