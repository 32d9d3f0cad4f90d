/**
 * 驿站资料: a working copy of the station profile that staff edit, then save as a whole. What
 * is missing shows on every field at once; the server answers a wrong field with its path
 * (e.g. `team.1.title`), which shows there too, and the page scrolls to the first.
 */
import { useState } from 'react'
import type { Side, StationRoom, TeamSeat } from '@contract/entities'
import type { StationProfile } from '@contract/station'
import type { Problems } from '@/data'
import { useForm, useMutation } from '@/data'
import { useSession } from '@/stores/session'

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

const FIELDS = ['name', 'address', 'openingHours', 'services', 'rooms', 'team', 'intro']

const toDraft = (p: StationProfile): ProfileDraft => ({
  name: p.name,
  address: p.address,
  openingHours: p.openingHours,
  services: [...p.services],
  rooms: p.rooms.map((r) => ({ ...r })),
  team: p.team.map((t) => ({ name: t.name, post: t.post, side: t.side ?? null, title: t.title })),
  intro: p.intro,
})

const missing = (text: string, message: string) => (text.trim() ? undefined : message)

/** Everything left empty, each under its own field. */
function check(d: ProfileDraft): Problems {
  const problems: Problems = {
    name: missing(d.name, '请填写驿站名称'),
    address: missing(d.address, '请填写地址'),
    openingHours: missing(d.openingHours, '请填写开放时间'),
  }
  d.rooms.forEach((r, i) => {
    problems[`rooms.${i}.name`] = missing(r.name, '请填写功能室名称')
    problems[`rooms.${i}.use`] = missing(r.use, '请填写用途')
  })
  d.team.forEach((t, i) => {
    problems[`team.${i}.name`] = missing(t.name, '请填写姓名')
    problems[`team.${i}.title`] = missing(t.title, '请填写职务名称')
  })
  return problems
}

const replaceAt = <T>(list: T[], index: number, p: Partial<T>) =>
  list.map((x, i) => (i === index ? { ...x, ...p } : x))
const removeAt = <T>(list: T[], index: number) => list.filter((_, i) => i !== index)

export function useProfileEditor(profile: StationProfile) {
  const renameStation = useSession((s) => s.renameStation)
  // The station home shows the same profile: it reloads at once.
  const save = useMutation('station', 'updateProfile', { fields: FIELDS, invalidates: ['station.get'] })
  const form = useForm(() => toDraft(profile), { check, mutations: [save] })
  const [dirty, setDirty] = useState(false)
  const d = form.draft
  const edit = (patch: Partial<ProfileDraft>) => {
    form.set(patch)
    setDirty(true)
  }

  return {
    draft: d,
    dirty,
    busy: form.busy,
    formError: form.formError,
    error: form.error,
    /** The server's word on this field or anything in it (`services` for `services.3`). */
    errorUnder: save.fieldErrorUnder,
    patch: edit,
    /** Returns why the service was not added, or null. */
    addService(name: string): string | null {
      const text = name.trim()
      if (!text) return '请先填写服务项目'
      if (text.length > 20) return '服务项目不能超过20个字'
      if (d.services.includes(text)) return `已经有“${text}”了`
      edit({ services: [...d.services, text] })
      return null
    },
    removeService: (index: number) => edit({ services: removeAt(d.services, index) }),
    addRoom: () => edit({ rooms: [...d.rooms, { name: '', use: '' }] }),
    updateRoom: (index: number, p: Partial<StationRoom>) => edit({ rooms: replaceAt(d.rooms, index, p) }),
    removeRoom: (index: number) => edit({ rooms: removeAt(d.rooms, index) }),
    addSeat: () => edit({ team: [...d.team, { name: '', post: 'member', side: null, title: '' }] }),
    updateSeat: (index: number, p: Partial<SeatDraft>) => edit({ team: replaceAt(d.team, index, p) }),
    removeSeat: (index: number) => edit({ team: removeAt(d.team, index) }),

    /** Resolves true when saved. */
    async submit(): Promise<boolean> {
      const saved = await form.submit((x) =>
        save.run({ ...x, team: x.team.map(({ side, ...seat }) => (side ? { ...seat, side } : seat)) }),
      )
      if (!saved) return false
      renameStation(saved)
      setDirty(false)
      return true
    },
  }
}

export type ProfileEditor = ReturnType<typeof useProfileEditor>
