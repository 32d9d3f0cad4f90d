/**
 * Seeds the demo on first start. Ids are deterministic and a marker records the seed, so
 * seeding twice adds nothing; `npm run reset` starts from an empty data directory.
 */
import type { LocalDatabase } from '../db'
import { binhuSeed } from './binhu'
import { DEMO_IDENTITIES } from './identities'
import { withOneLedger } from './ledger'
import { qinglanSeed } from './qinglan'
import type { SeedSet } from './types'
import { xinanSeed } from './xinan'
import { xinanForumSeed } from './xinan-forum'
import { xinanNoticeSeed } from './xinan-notice'
import { xinanVolunteerSeed } from './xinan-volunteer'
import { xinanWishSeed } from './xinan-wish'

const MARKER = '_localcloud'
const SEED_VERSION = 1

export interface SeedReport {
  seeded: boolean
  documents: number
}

/** Where seeded images go: the local cloud storage of this environment. */
export interface SeedStorage {
  envId: string
  write(fileID: string, bytes: Buffer): Promise<void>
}

export async function seedDemo(
  db: LocalDatabase,
  storage: SeedStorage,
  now = new Date(),
): Promise<SeedReport> {
  await db.createCollection(MARKER)
  if (db.find(MARKER, { _id: 'seed' }).length > 0) return { seeded: false, documents: 0 }
  const wishes = xinanWishSeed(now, storage.envId)
  const forum = xinanForumSeed(now, storage.envId)
  // Files first: a record is never left pointing at a file that was not written.
  for (const file of [...wishes.files, ...forum.files]) await storage.write(file.fileID, file.bytes)
  let documents = 0
  const xinan = xinanSeed(now)
  // Volunteering and wishes both pay points: one balance per person, counted from both.
  const sets = withOneLedger([
    xinan,
    xinanVolunteerSeed(now),
    xinanNoticeSeed(now, xinan),
    wishes.set,
    forum.set,
    qinglanSeed(now),
    binhuSeed(now),
  ])
  for (const set of sets) documents += await insertSet(db, set)
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
