/**
 * Seeds the demo on first start. Ids are deterministic and a marker records the seed, so
 * seeding twice adds nothing; `npm run reset` starts from an empty data directory.
 */
import type { LocalDatabase } from '../db'
import { binhuSeed } from './binhu'
import { DEMO_IDENTITIES } from './identities'
import { qinglanSeed } from './qinglan'
import type { SeedSet } from './types'
import { xinanSeed } from './xinan'
import { xinanForumSeed } from './xinan-forum'

const MARKER = '_localcloud'
const SEED_VERSION = 1

export interface SeedReport {
  seeded: boolean
  documents: number
}

/** Where seeded images go: the local storage, under its environment's file ids. */
export interface SeedStorage {
  envId: string
  put(cloudPath: string, bytes: Buffer): Promise<string>
}

export async function seedDemo(
  db: LocalDatabase,
  now = new Date(),
  storage?: SeedStorage,
): Promise<SeedReport> {
  await db.createCollection(MARKER)
  if (db.find(MARKER, { _id: 'seed' }).length > 0) return { seeded: false, documents: 0 }
  let documents = 0
  const forum = xinanForumSeed(now, storage?.envId)
  for (const file of storage ? forum.files : []) await storage!.put(file.cloudPath, file.bytes)
  for (const set of [xinanSeed(now), forum.set, qinglanSeed(now), binhuSeed(now)])
    documents += await insertSet(db, set)
  await db.insertMany(MARKER, [{ _id: 'seed', version: SEED_VERSION, at: now }])
  return { seeded: true, documents }
}

async function insertSet(db: LocalDatabase, set: SeedSet): Promise<number> {
  let count = 0
  for (const [name, docs] of Object.entries(set)) {
    if (!docs || docs.length === 0) continue
    const fresh = docs.filter((d) => db.find(name, { _id: d._id }).length === 0)
    if (fresh.length > 0) await db.insertMany(name, fresh as unknown as Record<string, unknown>[])
    count += fresh.length
  }
  return count
}

export { DEMO_IDENTITIES }
export type { SeedSet }
