/**
 * The embedded WeChat cloud database: `handle()` serves wx-server-sdk's wire requests, and a few
 * direct methods serve seeding, declarations and tests.
 */
import { cloneValue } from './ejson'
import type { Doc } from './ejson'
import { Engine } from './engine'
import { invalidParam } from './errors'
import type { DocId, IndexSpec } from './hash-index'
import { Storage } from './persistence'
import type { StorageReport } from './persistence'
import { insertDocs, prepareInsert } from './plain'
import { matching } from './query'
import { handleWire } from './wire'

export interface OpenOptions {
  /** Data directory; undefined keeps everything in memory. */
  dir?: string
  /** Clock for `db.serverDate()`; default Date.now. */
  now?: () => number
  /** An idle transaction is aborted after this long; default 10 s. */
  txnIdleTimeoutMs?: number
  /** No transaction outlives this, active or not, as in the cloud; default 30 s. */
  txnMaxLifetimeMs?: number
  /** How long a plain write waits for a transaction's lock before failing; default 5 s. */
  lockWaitTimeoutMs?: number
  /** Journal size that triggers a background compaction; default 64 MB. */
  compactAfterBytes?: number
}

export type { IndexSpec } from './hash-index'

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

const OP_KIND: Record<string, 'reads' | 'writes'> = {
  'database.getDocument': 'reads',
  'database.calculateDocument': 'reads',
  'database.aggregateDocuments': 'reads',
  'database.insertDocument': 'writes',
  'database.modifyDocument': 'writes',
  'database.removeDocument': 'writes',
}

export class LocalDatabase {
  private closed = false

  private constructor(
    private readonly engine: Engine,
    private readonly storage: Storage | null,
  ) {}

  static async open(opts: OpenOptions = {}): Promise<LocalDatabase> {
    const engine = new Engine({
      now: opts.now ?? Date.now,
      txnIdleTimeoutMs: opts.txnIdleTimeoutMs ?? 10_000,
      txnMaxLifetimeMs: opts.txnMaxLifetimeMs ?? 30_000,
      lockWaitTimeoutMs: opts.lockWaitTimeoutMs ?? 5_000,
    })
    if (!opts.dir) return new LocalDatabase(engine, null)
    const storage = await Storage.open(opts.dir, engine.state, opts.compactAfterBytes ?? 64 * 1024 * 1024)
    engine.journal = storage.journal
    return new LocalDatabase(engine, storage)
  }

  /**
   * Database operations served, as the cloud bills them (a base plan allows 50k reads and 30k
   * writes a day): reads are get/count/aggregate requests, writes are insert/update/remove
   * requests. The bench divides the change over a run of calls by the number of calls.
   */
  readonly ops = { reads: 0, writes: 0 }

  /** One SDK wire request (the body as the SDK sends it) to its reply body. */
  handle(params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const kind = OP_KIND[String(params.action)]
    if (kind) this.ops[kind]++
    return handleWire(this.engine, params)
  }

  /** Idempotent, unlike the wire's `addCollection`, so a start-up script can declare freely. */
  async createCollection(name: string): Promise<void> {
    this.engine.ensureUsable()
    if (!COLLECTION_NAME.test(name)) throw invalidParam(`invalid collection name ${JSON.stringify(name)}`)
    if (this.engine.state.collections.has(name)) return
    await this.engine.commit([{ type: 'createCollection', collection: name }])
  }

  /** Idempotent for the same spec; fails if existing documents break a new unique index. */
  async ensureIndex(collection: string, spec: IndexSpec): Promise<void> {
    this.engine.ensureUsable()
    const store = this.engine.state.collection(collection)
    const existing = store.indexes.get(spec.name)
    if (existing) {
      if (sameSpec(existing.spec, spec)) return
      throw invalidParam(`index ${spec.name} on ${collection} already exists with different keys or options`)
    }
    if (Object.keys(spec.keys).length === 0) throw invalidParam('an index needs at least one key')
    const copy: IndexSpec = { name: spec.name, keys: { ...spec.keys }, unique: spec.unique === true }
    store.buildIndex(copy)
    await this.engine.commit([{ type: 'ensureIndex', collection, spec: copy }])
  }

  listCollections(): string[] {
    return [...this.engine.state.collections.keys()].sort()
  }

  /** Direct insert for seeding: same id rules and unique checks as `add`, all or nothing. */
  async insertMany(collection: string, docs: Record<string, unknown>[]): Promise<string[]> {
    const prepared = docs.map((doc) => prepareInsert(cloneValue(doc)))
    const ids: DocId[] = await insertDocs(this.engine, collection, prepared)
    return ids.map(String)
  }

  /** Direct read of the committed state, for tests and tools: copies, natural order, no page cap. */
  find(collection: string, query: Record<string, unknown> = {}): Record<string, unknown>[] {
    this.engine.ensureUsable()
    return matching(this.engine.state.collection(collection), query as Doc).map(([, doc]) => cloneValue(doc))
  }

  async compact(): Promise<void> {
    await this.storage?.compact()
  }

  /** What opening the data directory found (torn journal bytes cut off, records replayed). */
  get storageReport(): StorageReport | null {
    return this.storage?.report ?? null
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.engine.close()
    await this.storage?.close()
  }
}

function sameSpec(a: IndexSpec, b: IndexSpec): boolean {
  return JSON.stringify(a.keys) === JSON.stringify(b.keys) && (a.unique === true) === (b.unique === true)
}
