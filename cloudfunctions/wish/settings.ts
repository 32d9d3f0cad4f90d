/** A station's wish settings (claim timeout, auto-confirm, points per wish): one document, defaults until staff save. */
import { WISH_LIMITS } from '../../types/limits'
import type { WishSettingsDoc } from '../../types/wish/entities'
import type { WishSettings } from '../../types/wish/views'
import type { ScopedDb } from '../_kernel/repo'

export const DEFAULT_SETTINGS: WishSettings = {
  claimTimeoutDays: WISH_LIMITS.claimTimeoutDays.default,
  autoConfirmDays: WISH_LIMITS.autoConfirmDays.default,
  pointsPerWish: WISH_LIMITS.pointsPerWish.default,
}

export const settingsId = (stationId: string) => `ws-${stationId}`

export function settingsOf(doc: WishSettingsDoc | null): WishSettings {
  if (!doc) return { ...DEFAULT_SETTINGS }
  return {
    claimTimeoutDays: doc.claimTimeoutDays,
    autoConfirmDays: doc.autoConfirmDays,
    pointsPerWish: doc.pointsPerWish,
  }
}

export async function loadSettings(db: ScopedDb, stationId: string): Promise<WishSettings> {
  return settingsOf(await db.wishSettings.byId(settingsId(stationId)))
}
