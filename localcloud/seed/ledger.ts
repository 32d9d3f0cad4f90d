/**
 * Several seeds pay points (volunteer attendance, fulfilled wishes) to the same people, and a
 * member has one balance per station. So balances are not taken from any one seed: they are
 * counted from all the seeded ledger entries together, in time order, as the kernel ledger would
 * have kept them (ids as cloudfunctions/_kernel/ledger.ts derives them; the seed tests check).
 */
import { createHash } from 'crypto'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../types/points'
import type { SeedSet } from './types'

const balanceId = (stationId: string, memberId: string) =>
  `pb-${createHash('sha256').update(`${stationId}|${memberId}`).digest('hex').slice(0, 26)}`

/** Each member's balance, earned and spent, from their entries; entries' running balances too. */
export function balancesFrom(entries: PointsEntryDoc[]): {
  entries: PointsEntryDoc[]
  balances: PointsBalanceDoc[]
} {
  const totals = new Map<string, PointsBalanceDoc>()
  const ordered = [...entries].sort(
    (a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || a._id.localeCompare(b._id),
  )
  const running = ordered.map((e) => {
    const key = `${e.stationId}|${e.memberId}`
    const t = totals.get(key) ?? {
      _id: balanceId(e.stationId, e.memberId),
      stationId: e.stationId,
      memberId: e.memberId,
      balance: 0,
      earned: 0,
      spent: 0,
      updatedAt: e.createdAt,
    }
    t.balance += e.delta
    t.earned += Math.max(0, e.delta)
    t.spent += Math.max(0, -e.delta)
    t.updatedAt = e.createdAt
    totals.set(key, t)
    return { ...e, balanceAfter: t.balance }
  })
  return { entries: running, balances: [...totals.values()] }
}

/** The sets with every ledger entry kept and the balances counted once, from all of them. */
export function withOneLedger(sets: SeedSet[]): SeedSet[] {
  const { entries, balances } = balancesFrom(sets.flatMap((s) => s.pointsLedger ?? []))
  const rest = sets.map(({ pointsLedger, pointsBalances, ...set }) => {
    void pointsLedger
    void pointsBalances
    return set
  })
  return [...rest, { pointsLedger: entries, pointsBalances: balances }]
}
