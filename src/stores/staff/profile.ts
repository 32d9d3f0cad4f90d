/**
 * 驿站资料: a working copy of the station profile that staff edit, then save as a whole. The
 * server answers a wrong field with its path (e.g. `team.1.title`), which the page shows there.
 */
import { create } from 'zustand'
import type { Side, StationRoom, TeamSeat } from '@contract/entities'
import type { StationProfile } from '@contract/station'
import { call } from '@/services/cloud'
import type { CallError } from '@/services/cloud'
import type { Async } from '../async'
import { asCallError, idle, track } from '../async'
import { useSession } from '../session'
import { useStation } from '../station'

export interface SeatDraft {
  name: string
  post: TeamSeat['post']
  side: Side | null
  title: string
}

export interface ProfileDraft {
  name: string
  address: string
  openingHours: string
  services: string[]
  rooms: StationRoom[]
  team: SeatDraft[]
  intro: string
}

interface ProfileState {
  loaded: Async<StationProfile>
  draft: ProfileDraft | null
  dirty: boolean
  saving: boolean
  error: CallError | null
  load(): Promise<void>
  patch(p: Partial<ProfileDraft>): void
  /** Returns why the service was not added, or null. */
  addService(name: string): string | null
  removeService(index: number): void
  addRoom(): void
  updateRoom(index: number, p: Partial<StationRoom>): void
  removeRoom(index: number): void
  addSeat(): void
  updateSeat(index: number, p: Partial<SeatDraft>): void
  removeSeat(index: number): void
  save(): Promise<boolean>
}

const toDraft = (p: StationProfile): ProfileDraft => ({
  name: p.name,
  address: p.address,
  openingHours: p.openingHours,
  services: [...p.services],
  rooms: p.rooms.map((r) => ({ ...r })),
  team: p.team.map((t) => ({ name: t.name, post: t.post, side: t.side ?? null, title: t.title })),
  intro: p.intro,
})

const replaceAt = <T>(list: T[], index: number, p: Partial<T>) =>
  list.map((x, i) => (i === index ? { ...x, ...p } : x))
const removeAt = <T>(list: T[], index: number) => list.filter((_, i) => i !== index)

export const useProfileEditor = create<ProfileState>((set, get) => {
  /** Every edit clears the last answer's error: the person is fixing it. */
  const edit = (fn: (d: ProfileDraft) => Partial<ProfileDraft>) => {
    const draft = get().draft
    if (draft) set({ draft: { ...draft, ...fn(draft) }, dirty: true, error: null })
  }
  return {
    loaded: idle(),
    draft: null,
    dirty: false,
    saving: false,
    error: null,

    async load() {
      const profile = await track(
        () => get().loaded,
        (loaded) => set({ loaded }),
        () => call('station', 'get', {}),
      )
      if (profile) set({ draft: toDraft(profile), dirty: false, error: null })
    },

    patch: (p) => edit(() => p),

    addService(name) {
      const text = name.trim()
      const draft = get().draft
      if (!draft) return null
      if (!text) return '请先填写服务项目'
      if (text.length > 20) return '服务项目不能超过20个字'
      if (draft.services.includes(text)) return `已经有“${text}”了`
      edit((d) => ({ services: [...d.services, text] }))
      return null
    },
    removeService: (index) => edit((d) => ({ services: removeAt(d.services, index) })),

    addRoom: () => edit((d) => ({ rooms: [...d.rooms, { name: '', use: '' }] })),
    updateRoom: (index, p) => edit((d) => ({ rooms: replaceAt(d.rooms, index, p) })),
    removeRoom: (index) => edit((d) => ({ rooms: removeAt(d.rooms, index) })),

    addSeat: () => edit((d) => ({ team: [...d.team, { name: '', post: 'member', side: null, title: '' }] })),
    updateSeat: (index, p) => edit((d) => ({ team: replaceAt(d.team, index, p) })),
    removeSeat: (index) => edit((d) => ({ team: removeAt(d.team, index) })),

    async save() {
      const draft = get().draft
      if (!draft || get().saving) return false
      set({ saving: true, error: null })
      try {
        const saved = await call('station', 'updateProfile', {
          ...draft,
          team: draft.team.map(({ side, ...seat }) => (side ? { ...seat, side } : seat)),
        })
        set({ loaded: { data: saved, loading: false, error: null }, draft: toDraft(saved), dirty: false })
        // The station home shows the same profile: let it show the new one at once.
        useStation.setState({ profile: { data: saved, loading: false, error: null } })
        useSession.getState().renameStation(saved)
        return true
      } catch (err) {
        set({ error: asCallError(err) })
        return false
      } finally {
        set({ saving: false })
      }
    },
  }
})
