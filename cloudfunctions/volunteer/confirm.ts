/**
 * Confirming one attendance as service hours, in one transaction: the attendance becomes
 * `confirmed` with its minutes, the points it earns are posted to the ledger (idempotency key
 * `attend:<attendance>`), and the station figures and the member's tallies move with it. Two
 * confirmations racing meet on the attendance document: one commits, the other runs again, finds
 * it confirmed and does nothing — so an attendance is awarded exactly once.
 */
import type { ActivityDoc, CheckinDoc } from '../../types/volunteer/entities'
import type { StationCtx } from '../_kernel/action'
import { postPoints } from '../_kernel/ledger'
import { bumpService } from './counters'
import { pointsFor } from './rules'

export async function confirmOne(
  ctx: StationCtx,
  activity: ActivityDoc,
  attendanceId: string,
): Promise<{ confirmed: CheckinDoc | null; points: number }> {
  return ctx.transaction(async (tx) => {
    const c = await tx.get('checkins', attendanceId)
    if (!c || c.status !== 'out') return { confirmed: null, points: 0 }
    const points = pointsFor(activity.points, c.minutes)
    const values = {
      status: 'confirmed' as const,
      confirmedMinutes: c.minutes,
      points,
      confirmedAt: ctx.now,
      confirmedBy: ctx.member!._id,
      updatedAt: ctx.now,
    }
    await tx.updateRead('checkins', c._id, values)
    if (points > 0) {
      await postPoints(
        tx,
        {
          memberId: c.memberId,
          delta: points,
          reason: `参加志愿活动「${activity.title}」`,
          refType: 'activity',
          refId: c._id,
          idempotencyKey: `attend:${c._id}`,
          byMemberId: ctx.member!._id,
        },
        ctx.now,
      )
    }
    const confirmed = { ...c, ...values }
    await bumpService(tx, null, confirmed)
    return { confirmed, points }
  })
}

/** Runs `work` over `items`, `width` at a time (a batch of transactions without a stampede). */
export async function inBatches<T, R>(
  items: T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += width)
    out.push(...(await Promise.all(items.slice(i, i + width).map(work))))
  return out
}
