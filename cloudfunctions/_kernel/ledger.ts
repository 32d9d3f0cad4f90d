/**
 * The points ledger (one kernel primitive, used by volunteers, micro-wishes and rewards). An entry
 * and the member's balance change in one transaction; the entry's id is derived from its
 * idempotency key, so the same award twice — a retried call, two confirms racing — is applied
 * once and the second caller gets the first entry back. A balance never goes below zero:
 * spending or reversing more than is there is INSUFFICIENT_POINTS. Corrections are reversing
 * entries, never edits.
 */
import { createHash } from 'crypto'
import type { PointsBalanceDoc, PointsEntryDoc } from '../../types/points'
import { AppError } from './errors'
import type { ScopedTransaction } from './tx'

export interface PointsMove {
  memberId: string
  delta: number
  reason: string
  refType: string
  refId: string
  idempotencyKey: string
  byMemberId?: string | null
}

export const entryId = (stationId: string, key: string) =>
  `pe-${createHash('sha256').update(`${stationId}|${key}`).digest('hex').slice(0, 26)}`

export const balanceId = (stationId: string, memberId: string) =>
  `pb-${createHash('sha256').update(`${stationId}|${memberId}`).digest('hex').slice(0, 26)}`

/**
 * Appends one entry inside the caller's transaction (so it commits with whatever it pays for:
 * a confirmed attendance, a voucher and its stock). Answers the entry and whether this call
 * applied it (false: the same key was applied before; nothing changed).
 */
export async function postPoints(
  tx: ScopedTransaction,
  move: PointsMove,
  now: Date,
): Promise<{ entry: PointsEntryDoc; applied: boolean }> {
  if (!Number.isInteger(move.delta) || move.delta === 0)
    throw new Error('a points entry moves a whole, non-zero amount')
  const id = entryId(tx.stationId, move.idempotencyKey)
  const earlier = await tx.get('pointsLedger', id)
  if (earlier) return { entry: earlier, applied: false }
  const bid = balanceId(tx.stationId, move.memberId)
  const current = await tx.get('pointsBalances', bid)
  const balance = (current?.balance ?? 0) + move.delta
  if (balance < 0)
    throw new AppError(
      'INSUFFICIENT_POINTS',
      `积分不足：现有 ${current?.balance ?? 0} 分，需要 ${-move.delta} 分`,
    )
  const entry: Omit<PointsEntryDoc, 'stationId'> = {
    _id: id,
    memberId: move.memberId,
    delta: move.delta,
    reason: move.reason,
    refType: move.refType,
    refId: move.refId,
    idempotencyKey: move.idempotencyKey,
    balanceAfter: balance,
    byMemberId: move.byMemberId ?? null,
    createdAt: now,
  }
  await tx.insert('pointsLedger', entry)
  await saveBalance(tx, bid, move, current, now)
  return { entry: { ...entry, stationId: tx.stationId }, applied: true }
}

export async function balanceIn(tx: ScopedTransaction, memberId: string): Promise<number> {
  return (await tx.get('pointsBalances', balanceId(tx.stationId, memberId)))?.balance ?? 0
}

async function saveBalance(
  tx: ScopedTransaction,
  id: string,
  move: PointsMove,
  current: PointsBalanceDoc | null,
  now: Date,
) {
  const totals = {
    balance: (current?.balance ?? 0) + move.delta,
    earned: (current?.earned ?? 0) + Math.max(0, move.delta),
    spent: (current?.spent ?? 0) + Math.max(0, -move.delta),
    updatedAt: now,
  }
  if (current) await tx.updateRead('pointsBalances', id, totals)
  else await tx.insert('pointsBalances', { _id: id, memberId: move.memberId, ...totals })
}
