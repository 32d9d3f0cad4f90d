/** Display preferences: 适老化 large text, remembered on this phone. */
import { create } from 'zustand'
import { load, save } from '@/platform/storage'

const KEY = 'linli.largeText'

interface PrefsState {
  largeText: boolean
  setLargeText(on: boolean): void
}

export const usePrefs = create<PrefsState>((set) => ({
  largeText: load<boolean>(KEY) === true,
  setLargeText(on) {
    save(KEY, on)
    set({ largeText: on })
  },
}))
