/** The current station's public profile. */
import { create } from 'zustand'
import type { StationProfile } from '@contract/station'
import { call } from '@/services/cloud'
import type { Async } from './async'
import { idle, track } from './async'

interface StationState {
  profile: Async<StationProfile>
  loadProfile(): Promise<StationProfile | null>
  reset(): void
}

export const useStation = create<StationState>((set, get) => ({
  profile: idle(),
  loadProfile() {
    return track(
      () => get().profile,
      (profile) => set({ profile }),
      () => call('station', 'get', {}),
    )
  },
  reset() {
    set({ profile: idle() })
  },
}))
