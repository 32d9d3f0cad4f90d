/**
 * 党员报到统计: how many party members reported in and claimed a post, by building and by
 * post; and the service posts themselves, which staff add, edit and switch off.
 */
import { create } from 'zustand'
import type { PartyStats, ServicePostView } from '@contract/station'
import type { InputOf } from '@contract/api'
import { call } from '@/services/cloud'
import type { CallError } from '@/services/cloud'
import type { Async } from '../async'
import { asCallError, idle, track } from '../async'

export type PostInput = InputOf<'station', 'saveServicePost'>

interface PartyStatsState {
  stats: Async<PartyStats>
  posts: Async<ServicePostView[]>
  /** The post being saved ('new' for one being added). */
  saving: string | null
  saveError: { postId: string; error: CallError } | null
  loadStats(): Promise<PartyStats | null>
  loadPosts(): Promise<ServicePostView[] | null>
  savePost(input: PostInput): Promise<ServicePostView | null>
  clearError(): void
}

export const usePartyStats = create<PartyStatsState>((set, get) => ({
  stats: idle(),
  posts: idle(),
  saving: null,
  saveError: null,

  loadStats() {
    return track(
      () => get().stats,
      (stats) => set({ stats }),
      () => call('station', 'partyStats', {}),
    )
  },
  loadPosts() {
    return track(
      () => get().posts,
      (posts) => set({ posts }),
      async () => (await call('station', 'listServicePosts', {})).items,
    )
  },

  async savePost(input) {
    const key = input.postId ?? 'new'
    set({ saving: key, saveError: null })
    try {
      const saved = await call('station', 'saveServicePost', input)
      // Names and counts show in the tables too.
      await Promise.all([get().loadPosts(), get().loadStats()])
      return saved
    } catch (err) {
      set({ saveError: { postId: key, error: asCallError(err) } })
      return null
    } finally {
      set({ saving: null })
    }
  },
  clearError: () => set({ saveError: null }),
}))
