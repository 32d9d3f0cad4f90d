/** What the wish actions answer: cards for the wall, a wish in full, the contact reveal, figures. */
import type { PostedVia, WishCategory, WishStatus } from './entities'

/** The wall's three views (labels in types/labels.ts). */
export const WISH_WALL_FILTERS = ['open', 'claimed', 'fulfilled'] as const
export type WishWallFilter = (typeof WISH_WALL_FILTERS)[number]

/** How the caller stands to a wish: what they may see and do follows from it. */
export type WishRole = 'wisher' | 'claimer' | 'staff' | 'neighbour'

/** Things a person can do to a wish; a detail lists the ones open to the caller right now. */
export type WishMove =
  | 'review'
  | 'claim'
  | 'release'
  | 'progress'
  | 'fulfil'
  | 'confirm'
  | 'dispute'
  | 'resolve'
  | 'thank'
  | 'withdraw'

/**
 * A wish on the wall: never the wisher's name, contact or exact address — only the building
 * and the category say where and what.
 */
export interface WishCard {
  wishId: string
  title: string
  category: WishCategory
  buildingName: string
  /** YYYY-MM-DD */
  neededBy: string
  /** As the caller may see it: a dispute shows to neighbours as 已认领. */
  status: WishStatus
  /** Temporary URLs of the wish's own images. */
  imageUrls: string[]
  /** The helper, once claimed (their name is public: they step forward). */
  claimerName: string | null
  /** The wisher's thank-you, shown on the wall once confirmed. */
  thanks: string
  /** Points the helper received (0 until confirmed). */
  points: number
  createdAt: string
}

/** A wish in full, as one caller may see it. */
export interface WishDetail extends WishCard {
  description: string
  role: WishRole
  /** What the caller may do now, as the state machine says. */
  moves: WishMove[]
  /** May the caller ask for the contact and exact address (`contact`)? */
  canSeeContact: boolean
  /** The wisher's name and how it was posted: for the wisher, the claimer and staff only ('' / null otherwise). */
  wisherName: string
  postedVia: PostedVia | null
  rejectReason: string
  claimedAt: string | null
  progressNote: string
  progressAt: string | null
  /** When an idle claim goes back on the wall (wisher, claimer, staff). */
  releaseAt: string | null
  fulfilNote: string
  fulfilImageUrls: string[]
  fulfilledAt: string | null
  /** When a fulfilled wish nobody answered is confirmed by itself. */
  autoConfirmAt: string | null
  confirmedAt: string | null
  disputeReason: string
  resolution: string
  /** Content security asked staff to look (staff only). */
  flagged: boolean
}

/** How to reach the wisher: only for the wisher (and their stand-in), the claimer and staff. */
export interface WishContact {
  wishId: string
  contactName: string
  contactPhone: string
  address: string
}

export interface WishSettings {
  claimTimeoutDays: number
  autoConfirmDays: number
  pointsPerWish: number
}

/** A helper's record: wishes fulfilled and confirmed, and the points they brought. */
export interface HelperSummary {
  /** Being worked on now. */
  active: number
  /** Confirmed (the wisher, staff or the clock agreed). */
  fulfilled: number
  /** Points from confirmed wishes, and the whole balance at this station (one ledger for all domains). */
  points: number
  balance: number
}

export interface WishMonth {
  /** YYYY-MM */
  month: string
  posted: number
  fulfilled: number
  confirmed: number
  points: number
}

export interface WishStats {
  /** The last twelve months, newest first, from counters. */
  months: WishMonth[]
  total: Omit<WishMonth, 'month'>
  /** Waiting on staff right now. */
  pendingReview: number
  disputed: number
}

/** A resident staff may post a wish for (people without a phone included). */
export interface WishResident {
  memberId: string
  name: string
  /** 1栋2单元101 */
  household: string
  offline: boolean
}

export interface TimerRun {
  /** Wishes whose timed move fell due, and what each became. */
  due: number
  expired: number
  released: number
  confirmed: number
}
