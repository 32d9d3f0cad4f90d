/** How dates and numbers read, on every page: one date format (8月23日) everywhere. */
import dayjs from 'dayjs'

/** 11月20日 (with the year when it is not this year: 2025年11月20日). */
export function shortDate(iso: string): string {
  const d = dayjs(iso)
  return d.year() === dayjs().year() ? d.format('M月D日') : d.format('YYYY年M月D日')
}

/** 11月20日 14:05 */
export function dateTime(iso: string): string {
  return `${shortDate(iso)} ${dayjs(iso).format('HH:mm')}`
}

/** 3853 -> 3,853 (without Intl, which older mini-program engines lack). */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 150 minutes -> 2.5 */
export function hours(minutes: number): string {
  const h = minutes / 60
  return Number.isInteger(h) ? String(h) : h.toFixed(1)
}

/** A bar's width as a share of the largest value, never quite zero so a 1 still shows. */
export function barWidth(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '0%'
  return `${Math.max(2, Math.round((value / max) * 100))}%`
}

/** YYYY-MM-DD for date pickers. */
export const isoDay = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD')
