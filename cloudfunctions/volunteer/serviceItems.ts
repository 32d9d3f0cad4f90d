/**
 * A member's confirmed volunteer service over a period, as service items: what the station's
 * service record (在职党员 feedback for their workplace branch) and the hours certificate read.
 * Other domains offer their own items the same way (cloudfunctions/station/serviceSources.ts).
 */
import type { ServiceItem } from '../../types/serviceItems'
import type { ScopedDb } from '../_kernel/repo'
import { command } from '../_kernel/query'
import { chinaDate, chinaDayEnd, chinaDayStart } from '../_kernel/time'

export async function volunteerServiceItems(
  db: ScopedDb,
  memberId: string,
  from: string,
  to: string,
): Promise<ServiceItem[]> {
  const period = command()
    .gte(chinaDayStart(from))
    .and(command().lt(chinaDayEnd(to)))
  const confirmed = await db.checkins.findAll(
    { memberId, status: 'confirmed', activityStart: period },
    [['activityStart', 'asc']],
    5000,
  )
  return confirmed.map((c) => ({
    source: 'volunteer',
    kindLabel: '志愿活动',
    title: c.activityTitle,
    date: chinaDate(c.activityStart),
    minutes: c.confirmedMinutes,
  }))
}
