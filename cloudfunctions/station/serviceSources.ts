/**
 * Where a party member's service record gathers its items from: each domain that records
 * service answers its own confirmed items for a member and period. A domain adds one line.
 */
import type { ServiceItem } from '../../types/serviceItems'
import type { ScopedDb } from '../_kernel/repo'
import { volunteerServiceItems } from '../volunteer/serviceItems'

export type ServiceSource = (
  db: ScopedDb,
  memberId: string,
  from: string,
  to: string,
) => Promise<ServiceItem[]>

export const SERVICE_SOURCES: readonly ServiceSource[] = [volunteerServiceItems]

/** Every source's items, by day (then by kind and title, so the order is stable). */
export async function serviceItems(db: ScopedDb, memberId: string, from: string, to: string) {
  const lists = await Promise.all(SERVICE_SOURCES.map((source) => source(db, memberId, from, to)))
  return lists
    .flat()
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.kindLabel.localeCompare(b.kindLabel) ||
        a.title.localeCompare(b.title),
    )
}
