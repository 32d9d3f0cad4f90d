/**
 * One piece of a person's service that the station's service record lists: a confirmed volunteer
 * activity, a fulfilled micro-wish… Each domain answers its own items for a member and period;
 * the record adds them up (cloudfunctions/station/serviceSources.ts lists the domains).
 */
export interface ServiceItem {
  /** The domain it comes from, e.g. `volunteer`, `wish`. */
  source: string
  /** Plain Chinese, e.g. 志愿活动, 微心愿. */
  kindLabel: string
  title: string
  /** China-time day, `2026-11-20`. */
  date: string
  /** Confirmed service minutes (0 where the item is not counted in hours). */
  minutes: number
}
