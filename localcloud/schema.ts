import type { LocalDatabase } from './db'
import { COLLECTIONS } from '../types/collections'
import type { CollectionName } from '../types/collections'

/** Creates every declared collection and index, as the deploy step does in the cloud console. */
export async function ensureSchema(db: LocalDatabase): Promise<void> {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    await db.createCollection(name)
    for (const index of COLLECTIONS[name]) await db.ensureIndex(name, index)
  }
}
