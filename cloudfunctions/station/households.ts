/** Looking up households with their building names, for labels in answers. */
import type { BuildingDoc, HouseholdDoc } from '../../types/entities'
import type { HouseholdLabel } from '../../types/station'
import { inList } from '../_kernel/query'
import type { ScopedDb } from '../_kernel/repo'
import { householdLabel } from './views'

export async function labelsFor(
  db: ScopedDb,
  householdIds: (string | null)[],
): Promise<Map<string, HouseholdLabel>> {
  const ids = [...new Set(householdIds.filter((x): x is string => !!x))]
  const out = new Map<string, HouseholdLabel>()
  if (ids.length === 0) return out
  const households = await db.households.find({ _id: inList(ids) }, { limit: ids.length })
  const buildings = await buildingsById(
    db,
    households.map((h) => h.buildingId),
  )
  for (const h of households) {
    const b = buildings.get(h.buildingId)
    if (b) out.set(h._id, householdLabel(h, b))
  }
  return out
}

export async function labelFor(db: ScopedDb, householdId: string | null): Promise<HouseholdLabel | null> {
  if (!householdId) return null
  return (await labelsFor(db, [householdId])).get(householdId) ?? null
}

export async function buildingsById(db: ScopedDb, ids: string[]): Promise<Map<string, BuildingDoc>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const buildings = await db.buildings.find({ _id: inList(unique) }, { limit: unique.length })
  return new Map(buildings.map((b) => [b._id, b]))
}

export async function householdIn(
  db: ScopedDb,
  householdId: string,
): Promise<{ household: HouseholdDoc; building: BuildingDoc } | null> {
  const household = await db.households.byId(householdId)
  if (!household) return null
  const building = await db.buildings.byId(household.buildingId)
  return building ? { household, building } : null
}
