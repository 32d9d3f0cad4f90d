/**
 * The volunteer domain's figures, kept in step with the writes that change them (in the same
 * transaction) and recountable from the records:
 * - station figures of confirmed service (minutes, points, attendances) and of rewards (vouchers,
 *   points spent, vouchers used) per month: sharded, since confirmations and redemptions come in
 *   bursts; all-time totals are the months added up when read, which saves a write per change;
 * - one tally per member and period (`all`, `2026-11`): the honour roll reads the top ones with a
 *   sorted, indexed query. Only the member's own writes touch it, so it needs no shards.
 * Check-in writes no figure at all: a burst of 200 people scanning touches no shared document.
 */
import type { CheckinDoc, RedemptionDoc } from '../../types/volunteer/entities'
import { bump, sumChanges } from '../_kernel/counters'
import type { CounterChange, CounterDef, CounterRow } from '../_kernel/counters'
import type { ScopedDb } from '../_kernel/repo'
import type { ScopedTransaction } from '../_kernel/tx'
import { monthOf } from './rules'

export const HOURS_BY_MONTH = 'volunteer.hours.byMonth'
export const TALLY = 'volunteer.tally'
export const REWARDS_BY_MONTH = 'volunteer.rewards.byMonth'

/** Spread a burst of confirmations or redemptions over this many documents per station figure. */
export const TOTAL_SHARDS = 8

/** What a confirmed attendance contributes; null when not confirmed. */
export type Service = Pick<CheckinDoc, 'memberId' | 'activityStart' | 'confirmedMinutes' | 'points'>

function serviceContribution(
  s: Service,
  sign: 1 | -1,
): { totals: CounterChange[]; tallies: CounterChange[] } {
  const values = { minutes: sign * s.confirmedMinutes, points: sign * s.points, attendances: sign }
  const month = monthOf(s.activityStart)
  return {
    totals: [{ name: HOURS_BY_MONTH, dims: { month }, values }],
    tallies: [
      { name: TALLY, dims: { memberId: s.memberId, period: 'all' }, values },
      { name: TALLY, dims: { memberId: s.memberId, period: month }, values },
    ],
  }
}

/** Counts a confirmed attendance going from `before` to `after` (either null), inside the write's transaction. */
export async function bumpService(tx: ScopedTransaction, before: Service | null, after: Service | null) {
  const parts = [
    ...(before ? [serviceContribution(before, -1)] : []),
    ...(after ? [serviceContribution(after, 1)] : []),
  ]
  await bump(
    tx,
    parts.flatMap((p) => p.tallies),
    1,
  )
  await bump(
    tx,
    parts.flatMap((p) => p.totals),
    TOTAL_SHARDS,
  )
}

type Redeemed = Pick<RedemptionDoc, 'cost' | 'status' | 'createdAt'>

function rewardContribution(r: Redeemed, sign: 1 | -1): CounterChange[] {
  const values = { vouchers: sign, pointsSpent: sign * r.cost, used: r.status === 'used' ? sign : 0 }
  return [{ name: REWARDS_BY_MONTH, dims: { month: monthOf(r.createdAt) }, values }]
}

export async function bumpRedemption(tx: ScopedTransaction, before: Redeemed | null, after: Redeemed | null) {
  await bump(
    tx,
    [...(before ? rewardContribution(before, -1) : []), ...(after ? rewardContribution(after, 1) : [])],
    TOTAL_SHARDS,
  )
}

export const serviceCounters: CounterDef = {
  names: [HOURS_BY_MONTH, TALLY],
  async recount(db: ScopedDb): Promise<CounterRow[]> {
    const confirmed = await db.checkins.findAll({ status: 'confirmed' }, [['_id', 'asc']], 500000)
    return sumChanges(
      confirmed.flatMap((c) => {
        const { totals, tallies } = serviceContribution(c, 1)
        return [...totals, ...tallies]
      }),
    )
  },
}

export const rewardCounters: CounterDef = {
  names: [REWARDS_BY_MONTH],
  async recount(db: ScopedDb): Promise<CounterRow[]> {
    const all = await db.redemptions.findAll({}, [['_id', 'asc']], 500000)
    return sumChanges(all.flatMap((r) => rewardContribution(r, 1)))
  },
}

export const volunteerCounters: readonly CounterDef[] = [serviceCounters, rewardCounters]
