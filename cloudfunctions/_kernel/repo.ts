/**
 * Station-scoped data access. A handler gets collections already bound to the caller's
 * station: every query, count, update and remove is ANDed with `stationId`, and every insert
 * is stamped with it, so a forgotten filter cannot reach another station's records.
 */
import type { CollectionName, Collections, ScopedName } from './collections'
import { database } from './cloud'

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
type NewDoc<T> = Omit<T, '_id' | 'stationId'> & { _id?: string }

// The SDK's own types promise `Promise | void | string`; this is what it really returns server-side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any

export class ScopedCollection<T extends { _id: string }> {
  constructor(
    private readonly name: ScopedName,
    private readonly stationId: string,
  ) {}

  private get raw(): Raw {
    return database().collection(this.name)
  }

  private scope(filter: Filter | Raw): Raw {
    if (isCommand(filter)) return database().command.and([filter, { stationId: this.stationId }])
    return { ...(filter as Filter), stationId: this.stationId }
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

  async insert(doc: NewDoc<T>): Promise<string> {
    const res = await this.raw.add({ data: { ...doc, stationId: this.stationId } })
    return res._id as string
  }

  async insertMany(docs: NewDoc<T>[]): Promise<number> {
    let inserted = 0
    for (let i = 0; i < docs.length; i += INSERT_CHUNK) {
      const chunk = docs.slice(i, i + INSERT_CHUNK).map((d) => ({ ...d, stationId: this.stationId }))
      await this.raw.add({ data: chunk })
      inserted += chunk.length
    }
    return inserted
  }

  /** Updates matching records; returns how many changed. Pass extra conditions for atomic checks. */
  async update(filter: Filter | Raw, patch: Partial<Record<keyof T, unknown>> | Filter): Promise<number> {
    assertPatch(patch)
    const res = await this.raw.where(this.scope(filter)).update({ data: patch })
    return res.stats.updated as number
  }

  async updateById(id: string, patch: Partial<Record<keyof T, unknown>> | Filter, condition: Filter = {}) {
    return (await this.update({ ...condition, _id: id }, patch)) === 1
  }

  async remove(filter: Filter | Raw): Promise<number> {
    const res = await this.raw.where(this.scope(filter)).remove()
    return res.stats.removed as number
  }

  /** An aggregation that starts by matching this station. */
  aggregate(): Raw {
    return this.raw.aggregate().match({ stationId: this.stationId })
  }
}

function isCommand(filter: unknown): boolean {
  return typeof filter === 'object' && filter !== null && Object.getPrototypeOf(filter) !== Object.prototype
}

function assertPatch(patch: object) {
  if ('stationId' in patch || '_id' in patch)
    throw new Error('a patch may not move a record between stations')
}

export type ScopedDb = { [K in ScopedName]: ScopedCollection<Collections[K]> }

export function scopedDb(stationId: string): ScopedDb {
  const cache = new Map<string, ScopedCollection<{ _id: string }>>()
  return new Proxy({} as ScopedDb, {
    get(_target, name: string) {
      if (name === 'stations') throw new Error('stations are not station-scoped; use the station in context')
      if (!cache.has(name)) cache.set(name, new ScopedCollection(name as ScopedName, stationId))
      return cache.get(name)
    },
  })
}

/** Unscoped access, for the few global reads (a station by code, my memberships) and platform admin. */
export function globalCollection(name: CollectionName): Raw {
  return database().collection(name)
}
