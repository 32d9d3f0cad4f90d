/**
 * Where I am and whom I act for: the current station, and the neighbour a stand-in is acting
 * for (代办). Both are remembered across launches, so a reload neither drops the station nor
 * silently ends acting. Who I am there comes from the data layer (`useMe`).
 */
import { create } from 'zustand'
import type { StationCard } from '@contract/station'
import { call, setCallContext } from '@/cloud/client'
import { load, remove, save } from '@/platform/storage'

const STATION_KEY = 'linli.station'
const ACTING_KEY = 'linli.actingFor'

export interface Principal {
  memberId: string
  name: string
}

interface SessionState {
  station: StationCard | null
  /** The member a stand-in is currently acting for, if any. */
  actingFor: Principal | null
  enterByCode(code: string): Promise<StationCard>
  selectStation(station: StationCard): void
  /** Staff renamed or moved the station: the remembered card follows. */
  renameStation(card: StationCard): void
  actFor(principal: Principal | null): void
  /**
   * Local identity switcher: I am now someone else. Stay at this station if they belong to it,
   * else go to their own (the first they belong to); a newcomer stays where they are.
   */
  followIdentity(): Promise<void>
}

const remembered = load<StationCard>(STATION_KEY)
const rememberedActing = load<Principal & { stationId: string }>(ACTING_KEY)
setCallContext({ stationId: remembered?.stationId })

function restoreActing(): Principal | null {
  if (!remembered || rememberedActing?.stationId !== remembered.stationId) return null
  return { memberId: rememberedActing.memberId, name: rememberedActing.name }
}

export const useSession = create<SessionState>((set, get) => ({
  station: remembered,
  actingFor: restoreActing(),

  async enterByCode(code) {
    const card = await call('station', 'resolve', { code })
    get().selectStation(card)
    return card
  },

  selectStation(station) {
    save(STATION_KEY, station)
    setCallContext({ stationId: station.stationId })
    // Acting for someone belongs to one station.
    if (get().station?.stationId !== station.stationId) get().actFor(null)
    set({ station })
  },

  renameStation(card) {
    const current = get().station
    if (!current || current.stationId !== card.stationId) return
    const next = { stationId: card.stationId, code: card.code, name: card.name, address: card.address }
    save(STATION_KEY, next)
    set({ station: next })
  },

  actFor(principal) {
    const stationId = get().station?.stationId
    if (principal && stationId) save(ACTING_KEY, { ...principal, stationId })
    else remove(ACTING_KEY)
    set({ actingFor: principal })
  },

  async followIdentity() {
    get().actFor(null)
    const { items } = await call('station', 'myStations', {})
    const here = get().station?.stationId
    if (items.length === 0 || items.some((s) => s.stationId === here)) return
    const { stationId, code, name, address } = items[0]
    get().selectStation({ stationId, code, name, address })
  },
}))
