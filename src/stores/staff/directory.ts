/**
 * 住户名册: full phone numbers revealed on request (each reveal is audited server-side) and
 * the CSV export for staff.
 */
import { create } from 'zustand'
import { call } from '@/services/cloud'
import type { CallError } from '@/services/cloud'
import { asCallError } from '../async'

export type ExportScope = 'building' | 'all'

interface DirectoryState {
  /** memberId -> full number, for this visit only. */
  revealed: Record<string, string>
  revealing: string | null
  exporting: ExportScope | null
  exportError: CallError | null
  reveal(memberId: string): Promise<CallError | null>
  /** Returns the file to hand over, or null (the error is in `exportError`). */
  exportCsv(
    scope: ExportScope,
    buildingId: string,
  ): Promise<{ filename: string; csv: string; rows: number } | null>
  reset(): void
}

export const useDirectory = create<DirectoryState>((set, get) => ({
  revealed: {},
  revealing: null,
  exporting: null,
  exportError: null,

  async reveal(memberId) {
    if (get().revealing) return null
    set({ revealing: memberId })
    try {
      const { phone } = await call('station', 'revealPhone', { memberId })
      set({ revealed: { ...get().revealed, [memberId]: phone } })
      return null
    } catch (err) {
      return asCallError(err)
    } finally {
      set({ revealing: null })
    }
  },

  async exportCsv(scope, buildingId) {
    set({ exporting: scope, exportError: null })
    try {
      return await call('station', 'exportDirectory', scope === 'building' ? { buildingId } : {})
    } catch (err) {
      set({ exportError: asCallError(err) })
      return null
    } finally {
      set({ exporting: null })
    }
  },

  reset() {
    set({ revealed: {}, revealing: null, exporting: null, exportError: null })
  },
}))
