/**
 * The volunteer domain's pure rules: minutes served, points earned, distance to the place,
 * the month an attendance counts in. No database, so unit tests state them directly.
 */
import type { PointsRule } from '../../types/volunteer/entities'
import { chinaDate } from '../_kernel/time'

const MINUTE = 60_000

/** Check-out − check-in, clipped to the activity's window; whole minutes, never negative. */
export function servedMinutes(checkIn: Date, checkOut: Date, startAt: Date, endAt: Date): number {
  const from = Math.max(new Date(checkIn).getTime(), new Date(startAt).getTime())
  const to = Math.min(new Date(checkOut).getTime(), new Date(endAt).getTime())
  return Math.max(0, Math.floor((to - from) / MINUTE))
}

/** Points for an attendance of `minutes`: fixed (when any time was served), or per hour up to the cap. */
export function pointsFor(rule: PointsRule, minutes: number): number {
  if (minutes <= 0) return 0
  if (rule.mode === 'fixed') return rule.amount
  return Math.min(rule.cap, Math.floor((rule.amount * minutes) / 60))
}

/** Great-circle distance in metres (haversine); good to a metre at a compound's scale. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** `2026-11`: the China-time month an instant falls in. */
export function monthOf(d: Date): string {
  return chinaDate(d).slice(0, 7)
}
