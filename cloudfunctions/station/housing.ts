/**
 * Creating buildings and households, shared by bulk creation and CSV import. Existing rooms
 * are skipped (the unique index on station+building+unit+room is the backstop), so running
 * either twice creates nothing twice.
 */
import type { BuildingDoc, HouseholdDoc } from '../../types/entities'
import { conflict, isDuplicateKey } from '../_kernel/errors'
import type { ScopedDb } from '../_kernel/repo'

export interface RoomSpec {
  building: string
  unit: number
  room: string
  floor: number
}

export interface HousingResult {
  buildingsCreated: number
  householdsCreated: number
  skipped: number
}

/** 1801 -> 18; 302 -> 3; B-1203 -> 12. Falls back to 1 for names without a floor. */
export function floorOf(room: string): number {
  const digits = room.replace(/\D/g, '')
  return digits.length >= 3 ? Number(digits.slice(0, digits.length - 2)) : 1
}

export async function ensureBuildings(db: ScopedDb, names: Map<string, number>, now: Date) {
  const existing = await db.buildings.findAll({}, [['sort', 'asc']], 2000)
  const byName = new Map(existing.map((b) => [b.name, b]))
  let nextSort = existing.reduce((m, b) => Math.max(m, b.sort), 0)
  let created = 0
  for (const [name, units] of names) {
    const found = byName.get(name)
    if (found) {
      if (found.units < units) await db.buildings.updateById(found._id, { units })
      continue
    }
    const doc: Omit<BuildingDoc, '_id' | 'stationId'> = {
      name,
      sort: sortKey(name, ++nextSort),
      units,
      createdAt: now,
    }
    byName.set(name, await db.buildings.insert(doc))
    created++
  }
  return { byName, created }
}

/** "3栋" sorts as 3, so buildings list in the order people count them. */
function sortKey(name: string, fallback: number): number {
  const n = Number(name.replace(/\D/g, ''))
  return Number.isFinite(n) && n > 0 && n < 100000 ? n : fallback
}

/**
 * Creates what is missing. Two staff importing at once can collide on the unique indexes; the
 * loser runs once more (it now sees the winner's rows as existing), then gives up with CONFLICT.
 */
export async function createRooms(db: ScopedDb, specs: RoomSpec[], now: Date): Promise<HousingResult> {
  try {
    return await createMissing(db, specs, now)
  } catch (err) {
    if (!isDuplicateKey(err)) throw err
  }
  try {
    return await createMissing(db, specs, now)
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict('有人正在同时录入这些楼栋，请稍后刷新再试')
    throw err
  }
}

async function createMissing(db: ScopedDb, specs: RoomSpec[], now: Date): Promise<HousingResult> {
  const unitsByBuilding = new Map<string, number>()
  for (const s of specs)
    unitsByBuilding.set(s.building, Math.max(unitsByBuilding.get(s.building) ?? 0, s.unit))
  const { byName, created } = await ensureBuildings(db, unitsByBuilding, now)
  let householdsCreated = 0
  let skipped = 0
  for (const [name] of unitsByBuilding) {
    const building = byName.get(name)!
    const existing = await db.households.findAll({ buildingId: building._id }, [['_id', 'asc']], 20000)
    const taken = new Set(existing.map((h) => `${h.unit}|${h.room}`))
    const fresh: Omit<HouseholdDoc, '_id' | 'stationId'>[] = []
    for (const s of specs) {
      if (s.building !== name) continue
      if (taken.has(`${s.unit}|${s.room}`)) {
        skipped++
        continue
      }
      taken.add(`${s.unit}|${s.room}`)
      fresh.push({ buildingId: building._id, unit: s.unit, room: s.room, floor: s.floor, createdAt: now })
    }
    householdsCreated += await db.households.insertMany(fresh)
  }
  return { buildingsCreated: created, householdsCreated, skipped }
}
