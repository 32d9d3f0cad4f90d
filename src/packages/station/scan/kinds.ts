/**
 * What each check-in kind (`k` in the link) does once the station is entered. A domain that
 * checks people in adds its kind here: its component receives the id and the token.
 */
import type { ComponentType } from 'react'
import { ActivityScan } from './ActivityScan'
import { SessionScan } from './SessionScan'

export interface ScanKindProps {
  id: string
  token: string
}

export const SCAN_KINDS: Record<string, ComponentType<ScanKindProps>> = {
  /** A volunteer activity: check-in or check-out by the token's direction (volunteer.checkIn / checkOut). */
  a: ActivityScan,
  /** A 邻里夜话 evening session: check-in at the door (forum.checkInSession). */
  ts: SessionScan,
}
