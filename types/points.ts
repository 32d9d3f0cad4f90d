/**
 * The points ledger shared by every domain that rewards people (volunteer attendance, fulfilled
 * micro-wishes) and spends points (rewards): append-only entries, each with a unique idempotency
 * key, and a cached balance per member kept in the same transaction. Stored shapes and the views
 * the app reads.
 */

/** One movement of points. Never updated or removed; a correction is a reversing entry. */
export interface PointsEntryDoc {
  _id: string
  stationId: string
  memberId: string
  /** Positive: earned; negative: spent or reversed. */
  delta: number
  /** Plain Chinese for the person's history, e.g. "参加活动「义剪」" or "兑换「理发券」". */
  reason: string
  /** What it is about: `activity`, `wish`, `redemption`, `correction`… and that record's id. */
  refType: string
  refId: string
  /** The same key twice is the same entry (a retried award, a repeated confirm): applied once. */
  idempotencyKey: string
  balanceAfter: number
  /** Who caused it (staff for a correction); null for the system. */
  byMemberId: string | null
  createdAt: Date
}

/** A member's balance at a station: the sum of their entries, kept with every entry. */
export interface PointsBalanceDoc {
  _id: string
  stationId: string
  memberId: string
  balance: number
  earned: number
  spent: number
  updatedAt: Date
}

export interface PointsEntryView {
  entryId: string
  delta: number
  reason: string
  refType: string
  balanceAfter: number
  at: string
}
