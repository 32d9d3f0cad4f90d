/** What the notice actions answer: cards for lists, the notice as opened, and read receipts. */
import type { TemplateKey } from '../subscriptions'
import type { DeliveryTally, NoticeCategory, NoticeUrgency } from './entities'

/** A notice in a resident's list (and on the home page). */
export interface NoticeCard {
  noticeId: string
  title: string
  /** The start of the body, one or two lines in a list. */
  excerpt: string
  category: NoticeCategory
  urgency: NoticeUrgency
  pinned: boolean
  authorName: string
  authorTitle: string
  /** 全体住户 / 1栋、2栋 / 3栋2单元 */
  targetLabel: string
  imageCount: number
  createdAt: string
  expiresAt: string | null
  /** Have I (or, acting for someone, have they) opened it? */
  read: boolean
}

/**
 * Who is looking: a resident it was posted to; someone who manages it (author, staff, the
 * building head of one of its buildings); a registration waiting to be verified; or a guest who
 * opened a shared card before registering.
 */
export type NoticeViewer = 'resident' | 'manager' | 'pending' | 'guest'

export interface ReadState {
  /** Whether this open counts (now or earlier) as my household's read. */
  counted: boolean
  at: string | null
  /** The stand-in who read it for me (代办). */
  byName: string | null
  /** Why it does not count, in plain Chinese ('' when it does). */
  note: string
}

/** The group chat the card was opened in, when the app could tell. */
export type GroupEntry =
  | { status: 'bound'; groupId: string; name: string; buildingName: string }
  /** Not bound yet: a building head may bind it to one of these buildings. */
  | { status: 'unbound'; buildings: { buildingId: string; name: string }[] }

/** What a shared card carries (`onShareAppMessage`). */
export interface ShareCard {
  title: string
  /** Opens the notice in this station: `/packages/notice/detail/index?s=<code>&id=<noticeId>`. */
  path: string
  /** The first image, if any (a temporary URL). */
  imageUrl: string
}

export interface NoticeView extends NoticeCard {
  body: string
  /** Temporary URLs of the images (two hours). */
  images: string[]
  expired: boolean
  withdrawn: boolean
  viewer: NoticeViewer
  readState: ReadState
  group: GroupEntry | null
  /** The author, staff, or a building head of one of its buildings: may see its read receipts. */
  canManage: boolean
  share: ShareCard
}

/** A notice in the list of those I may manage (author, staff, a head of its buildings). */
export interface ManagedNotice {
  noticeId: string
  title: string
  category: NoticeCategory
  urgency: NoticeUrgency
  pinned: boolean
  status: 'published' | 'withdrawn'
  expired: boolean
  targetLabel: string
  authorName: string
  mine: boolean
  /** Households it was posted to, as counted when posted. */
  audience: number
  createdAt: string
  expiresAt: string | null
}

export interface UnitReach {
  unit: number
  targeted: number
  read: number
}

export interface ReminderView {
  at: string
  byName: string
  unread: number
  messaged: number
  toVisit: number
  tally: DeliveryTally
}

export interface BuildingReach {
  buildingId: string
  name: string
  /** Households it was posted to (and those registered since who read it). */
  targeted: number
  read: number
  units: UnitReach[]
  /** The one reminder this building got, if it did. */
  reminder: ReminderView | null
}

export interface GroupReach {
  groupId: string
  name: string
  buildingName: string
  /** People whose first open of it came from this group's card. */
  opens: number
}

export interface ReadStats {
  noticeId: string
  title: string
  targetLabel: string
  createdAt: string
  status: 'published' | 'withdrawn'
  /** Totals over the buildings the caller may see. */
  total: { targeted: number; read: number }
  buildings: BuildingReach[]
  /** Bound groups of these buildings, reached or not. */
  groups: GroupReach[]
  /** People not registered yet who opened it from a card (the author and staff see it). */
  guests: number
  /** Messages sent to subscribers when it was posted. */
  delivery: DeliveryTally & { done: boolean }
  canRemind: boolean
  /** The author or staff: may withdraw it and send its messages on. */
  canWithdraw: boolean
  /** The card to share it into a building's group chat again (without its image). */
  share: ShareCard
}

/** How the reminder reaches a household that has not read it. */
export type ReachBy = 'message' | 'visit' | 'standIn'

export interface HouseholdReach {
  householdId: string
  /** 1栋2单元301: the building head goes to the door. */
  label: string
  unit: number
  /** Its registered people, names masked (王**). */
  residents: string[]
  /** Read: who opened it and when; 由王建国代读 for a stand-in's read. */
  readers: { name: string; at: string; byName: string | null }[]
  /** Unread: a message can reach someone, a stand-in tells them, or someone must knock. */
  reachBy: ReachBy | null
  /** Registered after the notice was posted. */
  late: boolean
}

export interface ReminderResult extends ReminderView {
  /** True when this building had been reminded already: the answer is that first reminder. */
  already: boolean
}

export interface BoundGroup {
  groupId: string
  name: string
  buildingId: string
  buildingName: string
  boundByName: string
  boundAt: string
}

/** A category a resident may subscribe to, and how many messages they have allowed. */
export interface CategorySubscription {
  category: NoticeCategory
  key: TemplateKey
  /** WeChat's template id ('' when the operator has not chosen one: nothing to ask). */
  templateId: string
  title: string
  available: number
}

export interface PostResult {
  noticeId: string
  audience: number
  delivery: DeliveryTally & { done: boolean }
  share: ShareCard
}
