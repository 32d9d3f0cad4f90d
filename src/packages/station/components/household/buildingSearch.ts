/**
 * Finding a building among many (滨湖世纪 has 189) without scrolling past them all: by the
 * number typed, or by a range of twenty tapped. Pure, so it is tested on its own.
 */
import type { BuildingView } from '@contract/station'

/** Past this many, buildings are found by number or range instead of shown all at once. */
export const MANY_BUILDINGS = 12
export const RANGE_SIZE = 20
/** At most this many matches show for a typed number. */
export const MAX_MATCHES = 12

/** The buildings whose name carries the typed number: exactly that number first (18栋 for 18). */
export function matchBuildings(all: BuildingView[], typed: string): BuildingView[] {
  const text = typed.trim()
  if (!text) return []
  const exact: BuildingView[] = []
  const partial: BuildingView[] = []
  for (const b of all) {
    const digits = b.name.match(/\d+/)?.[0]
    if (digits !== undefined && Number(digits) === Number(text) && /^\d+$/.test(text)) exact.push(b)
    else if (b.name.includes(text)) partial.push(b)
  }
  return [...exact, ...partial].slice(0, MAX_MATCHES)
}

export interface BuildingRange {
  key: string
  /** 1栋–20栋 */
  label: string
  buildings: BuildingView[]
}

/** The buildings in their order, twenty to a group, each group named by its first and last. */
export function buildingRanges(all: BuildingView[]): BuildingRange[] {
  const ranges: BuildingRange[] = []
  for (let i = 0; i < all.length; i += RANGE_SIZE) {
    const buildings = all.slice(i, i + RANGE_SIZE)
    const first = buildings[0].name
    const last = buildings[buildings.length - 1].name
    ranges.push({ key: String(i), label: first === last ? first : `${first}–${last}`, buildings })
  }
  return ranges
}
