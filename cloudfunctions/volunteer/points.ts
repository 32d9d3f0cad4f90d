/** A member's points and service at a glance: balance from the ledger, hours from their tally. */
import type { PointsSummary } from '../../types/volunteer/views'
import type { StationCtx } from '../_kernel/action'
import { counterId } from '../_kernel/counters'
import { balanceId } from '../_kernel/ledger'
import { pageOf } from '../_kernel/paging'
import { TALLY } from './counters'
import { toEntry } from './views'

export async function summaryOf(ctx: StationCtx, memberId: string): Promise<PointsSummary> {
  const sid = ctx.station._id
  const [balance, tally] = await Promise.all([
    ctx.db.pointsBalances.byId(balanceId(sid, memberId)),
    ctx.db.counters.byId(counterId(sid, TALLY, { memberId, period: 'all' }, 0)),
  ])
  return {
    balance: balance?.balance ?? 0,
    earned: balance?.earned ?? 0,
    spent: balance?.spent ?? 0,
    serviceMinutes: tally?.values.minutes ?? 0,
  }
}

export async function historyOf(ctx: StationCtx, memberId: string, skip: number, limit: number) {
  const [items, total] = await Promise.all([
    ctx.db.pointsLedger.find(
      { memberId },
      {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'desc'],
        ],
        skip,
        limit,
      },
    ),
    ctx.db.pointsLedger.count({ memberId }),
  ])
  return pageOf(items.map(toEntry), total, skip, limit)
}
