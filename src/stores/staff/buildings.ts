/**
 * The station's buildings with household counts, shared by the staff pages (filters, tabs,
 * the buildings page). Loaded once per station and again after buildings are created.
 */
import { create } from 'zustand'
import type { BuildingView, MeView } from '@contract/station'
import { inScope } from '@contract/station/scope'
import { call } from '@/services/cloud'
import type { Async } from '../async'
import { idle, track } from '../async'
import { useSession } from '../session'

interface BuildingsState {
  list: Async<BuildingView[]>
  /** The station `list` belongs to; another station means loading again. */
  stationId: string | null
  load(): Promise<BuildingView[] | null>
  /** Loads unless this station's list is already here (or on its way). */
  ensure(): void
}

export const useBuildings = create<BuildingsState>((set, get) => ({
  list: idle(),
  stationId: null,
  load() {
    const stationId = useSession.getState().station?.stationId ?? null
    if (stationId !== get().stationId) set({ list: idle(), stationId })
    return track(
      () => get().list,
      (list) => set({ list }),
      async () => (await call('station', 'listBuildings', {})).items,
    )
  },
  ensure() {
    const { list, stationId } = get()
    const current = useSession.getState().station?.stationId ?? null
    if (stationId === current && (list.data || list.loading)) return
    get().load()
  },
}))

/** The buildings I answer for: every building for staff, the ones I head for a building head. */
export function coveredBy(me: MeView, all: BuildingView[]): BuildingView[] {
  return all.filter((b) => inScope(me.permissions.buildings, b.buildingId))
}
