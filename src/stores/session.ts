/**
 * Where I am and who I am there: the current station (remembered across launches), my
 * membership and roles in it, the stations I belong to, and whom I am acting for (代办).
 */
import { create } from 'zustand'
import type { MeView, MyStation, StationCard } from '@contract/station'
import { call, setCallContext } from '@/services/cloud'
import { load, remove, save } from '@/services/platform'
import type { Async } from './async'
import { idle, track } from './async'

const STATION_KEY = 'linli.station'

interface SessionState {
  station: StationCard | null
  me: Async<MeView>
  stations: Async<MyStation[]>
  /** The member a stand-in is currently acting for, if any. */
  actingFor: { memberId: string; name: string } | null
  enterByCode(code: string): Promise<StationCard>
  selectStation(station: StationCard): void
  leaveStation(): void
  /** Staff renamed or moved the station: the remembered card follows. */
  renameStation(card: StationCard): void
  loadMe(): Promise<MeView | null>
  loadStations(): Promise<MyStation[] | null>
  actFor(principal: { memberId: string; name: string } | null): Promise<void>
  /** Call options for actions done for the person I act for (none when acting as myself). */
  proxyOptions(): { onBehalfOf?: string }
}

function applyContext(station: StationCard | null) {
  setCallContext({ stationId: station?.stationId })
}

const remembered = load<StationCard>(STATION_KEY)
applyContext(remembered)

export const useSession = create<SessionState>((set, get) => ({
  station: remembered,
  me: idle(),
  stations: idle(),
  actingFor: null,

  async enterByCode(code) {
    const card = await call('station', 'resolve', { code })
    get().selectStation(card)
    return card
  },

  selectStation(station) {
    save(STATION_KEY, station)
    applyContext(station)
    set({ station, me: idle(), actingFor: null })
  },

  renameStation(card) {
    const current = get().station
    if (!current || current.stationId !== card.stationId) return
    const next = { stationId: card.stationId, code: card.code, name: card.name, address: card.address }
    save(STATION_KEY, next)
    set({ station: next })
  },

  leaveStation() {
    remove(STATION_KEY)
    applyContext(null)
    set({ station: null, me: idle(), actingFor: null })
  },

  loadMe() {
    return track(
      () => get().me,
      (me) => set({ me }),
      () => call('station', 'me', {}, get().proxyOptions()),
    )
  },

  loadStations() {
    return track(
      () => get().stations,
      (stations) => set({ stations }),
      async () => (await call('station', 'myStations', {})).items,
    )
  },

  proxyOptions() {
    const acting = get().actingFor
    return acting ? { onBehalfOf: acting.memberId } : {}
  },

  async actFor(principal) {
    set({ actingFor: principal, me: idle() })
    await get().loadMe()
  },
}))
