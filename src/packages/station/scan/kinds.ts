/**
 * What each check-in kind (`k` in the link) does once the station is entered. A domain that
 * checks people in adds its kind here: its component receives the id and the token.
 */
import type { ComponentType } from 'react'
import { ActivityScan } from './ActivityScan'

export interface ScanKindProps {
  id: string
  token: string
}

export const SCAN_KINDS: Record<string, ComponentType<ScanKindProps>> = {
  /** A volunteer activity: check-in or check-out by the token's direction (volunteer.checkIn / checkOut). */
  a: ActivityScan,
}
