/**
 * 微心愿: what a wish is as stored. A wish's public face (title, story, category, building,
 * images) lives on `wishes`; how to reach the person (contact, exact address) lives apart on
 * `wishContacts`, which only the contact reveal reads, so no list or wall can leak it by accident.
 */

/** 法律援助 / 上门认证 / 生活帮助 / 陪伴 / 维修 / 其他 */
export const WISH_CATEGORIES = ['legalAid', 'homeVisit', 'dailyHelp', 'company', 'repair', 'other'] as const
export type WishCategory = (typeof WISH_CATEGORIES)[number]

/**
 * pending: waiting for staff review; open: on the wall, claimable; rejected: refused in review;
 * claimed: a helper is on it; fulfilled: the helper says it is done; confirmed: the wisher (or
 * staff, or the clock) agreed — points paid; disputed: the wisher says it was not done, staff
 * decide; expired: the needed-by day passed while nobody claimed it; withdrawn: the wisher took it back.
 */
export const WISH_STATUSES = [
  'pending',
  'open',
  'rejected',
  'claimed',
  'fulfilled',
  'confirmed',
  'disputed',
  'expired',
  'withdrawn',
] as const
export type WishStatus = (typeof WISH_STATUSES)[number]

/** Who posted it: the wisher, their stand-in (代办), or staff for a resident without a phone. */
export type PostedVia = 'self' | 'proxy' | 'staff'

export interface WishDoc {
  _id: string
  stationId: string
  title: string
  description: string
  category: WishCategory
  /** The day the wisher needs it by (China calendar day), and the instant that day ends. */
  neededBy: string
  neededByEnd: Date
  /** The wisher's building: all the wall says about where (its name kept here, so the wall reads one collection). */
  buildingId: string
  buildingName: string
  wisherId: string
  /** Shown to the wisher, the claimer and staff only. */
  wisherName: string
  /** The person who pressed 发布: the wisher, a stand-in or a staff member. */
  postedById: string
  postedVia: PostedVia
  images: string[]
  status: WishStatus
  /** Staff review: who, when, and the reason for a refusal. */
  reviewedById: string | null
  reviewedAt: Date | null
  rejectReason: string
  /** Content security asked a person to look (msgSecCheck `review`). */
  flagged: boolean
  claimerId: string | null
  claimerName: string
  claimedAt: Date | null
  /** The last sign of progress (the claim, or a note from the helper): claim expiry counts from it. */
  progressAt: Date | null
  progressNote: string
  fulfilledAt: Date | null
  fulfilNote: string
  fulfilImages: string[]
  confirmedAt: Date | null
  /** Who confirmed: the wisher, their stand-in or staff; null when the clock did. */
  confirmedById: string | null
  /** Points the helper received on confirmation (0 until then). */
  points: number
  disputeReason: string
  disputedAt: Date | null
  /** What staff said when they settled a dispute. */
  resolution: string
  thanks: string
  thankedAt: Date | null
  /** When the next timed move (expiry, claim release, auto-confirm) falls due; null when none. */
  dueAt: Date | null
  createdAt: Date
  updatedAt: Date
}

/** How to reach the wisher: read only by the contact reveal (the wisher, the claimer, staff). */
export interface WishContactDoc {
  /** The wish's id. */
  _id: string
  stationId: string
  contactName: string
  contactPhone: string
  /** 1栋2单元101, plus the wisher's note on how to find them. */
  address: string
  createdAt: Date
}

/** A station's rules for wishes, edited by staff; absent means the defaults. */
export interface WishSettingsDoc {
  _id: string
  stationId: string
  /** A claim with no progress for this many days goes back on the wall. */
  claimTimeoutDays: number
  /** A fulfilled wish the wisher neither confirms nor disputes is confirmed after this many days. */
  autoConfirmDays: number
  /** Points the helper receives when a wish is confirmed. */
  pointsPerWish: number
  updatedById: string | null
  updatedAt: Date
}
