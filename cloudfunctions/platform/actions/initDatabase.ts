import { platformContract } from '../../../types/platform'
import { actionsOf } from '../../_kernel/action'
import { database } from '../../_kernel/cloud'
import { COLLECTIONS } from '../../../types/collections'
import type { CollectionName } from '../../../types/collections'
import { checkAdminToken } from '../../_kernel/adminToken'

/**
 * The deploy step: creates every collection the product uses (the cloud answers -502005 for a
 * missing one) and lists the indexes to add in the console, unique ones first. Safe to repeat.
 */
export const initDatabase = actionsOf<'platform'>(platformContract).global('initDatabase', {
  identity: 'none',
  async run(_ctx, { adminToken }) {
    checkAdminToken(adminToken)
    const created: string[] = []
    const existing: string[] = []
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      ;((await createIfMissing(name)) ? created : existing).push(name)
    }
    const indexes = (Object.keys(COLLECTIONS) as CollectionName[])
      .flatMap((collection) =>
        COLLECTIONS[collection].map((i) => ({
          collection,
          name: i.name,
          keys: Object.entries(i.keys)
            .map(([k, d]) => `${k} ${d === 1 ? '升序' : '降序'}`)
            .join(', '),
          unique: !!i.unique,
        })),
      )
      .sort((a, b) => Number(b.unique) - Number(a.unique))
    return { created, existing, indexes }
  },
})

/** True when created; false when it was there already. */
async function createIfMissing(name: string): Promise<boolean> {
  try {
    await database().createCollection(name)
    return true
  } catch (err) {
    const text = err instanceof Error ? err.message : JSON.stringify(err)
    if (/exist/i.test(text)) return false
    throw err
  }
}
