/**
 * The wishes a member helped come true over a period (confirmed, by the day they were confirmed):
 * what the station's service record (在职党员 feedback for their workplace branch) lists beside
 * their activities. Wishes are not counted in hours.
 */
import type { ScopedDb } from '../_kernel/repo'
import { command } from '../_kernel/query'
import { chinaDate, chinaDayEnd, chinaDayStart } from '../_kernel/time'

export interface WishServiceItem {
  title: string
  /** China-time day it was confirmed, `2026-11-20`. */
  date: string
}

export async function wishServiceItems(
  db: ScopedDb,
  memberId: string,
  from: string,
  to: string,
): Promise<WishServiceItem[]> {
  const period = command()
    .gte(chinaDayStart(from))
    .and(command().lt(chinaDayEnd(to)))
  const confirmed = await db.wishes.findAll(
    { claimerId: memberId, status: 'confirmed', confirmedAt: period },
    [['confirmedAt', 'asc']],
    5000,
  )
  return confirmed.map((w) => ({ title: w.title, date: chinaDate(w.confirmedAt!) }))
}
