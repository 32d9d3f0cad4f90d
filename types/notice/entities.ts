/**
 * Stored documents of the notice domain. A notice is posted to the whole station or to buildings
 * (each whole, or some of its units). Who it reached is counted per household: the households
 * with a verified member when it was posted are its audience (one document per building), and
 * each household's first read is one document that later readers of the same household join.
 */

/** 停水停电 / 活动 / 安全提醒 / 缴费 / 其他 */
export const NOTICE_CATEGORIES = ['outage', 'activity', 'safety', 'fee', 'other'] as const
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number]

/** 一般 / 重要 / 紧急 */
export const NOTICE_URGENCIES = ['normal', 'important', 'urgent'] as const
export type NoticeUrgency = (typeof NOTICE_URGENCIES)[number]

/** One building of a target: the whole building (`units` empty) or only these units. */
export interface TargetBuilding {
  buildingId: string
  units: number[]
}

/** The whole station, or the listed buildings. */
export interface NoticeTarget {
  all: boolean
  buildings: TargetBuilding[]
}

/** What became of the messages to subscribers (and later reminders): counts from the outbox. */
export interface DeliveryTally {
  sent: number
  noConsent: number
  failed: number
  offline: number
}

/** The one reminder a building gets for a notice. */
export interface ReminderRecord {
  at: Date
  byId: string
  byName: string
  /** Households that had not read it when the reminder went out. */
  unread: number
  /** Of them, households a message reached (someone had allowed this category). */
  messaged: number
  /** Households left for the building head to visit (no one to message, or no phone). */
  toVisit: number
  tally: DeliveryTally
}

export interface NoticeDoc {
  _id: string
  stationId: string
  title: string
  body: string
  category: NoticeCategory
  urgency: NoticeUrgency
  /** fileIDs in cloud storage (kind `notice`). */
  images: string[]
  pinned: boolean
  target: NoticeTarget
  /**
   * What a resident's list matches: `*` for the whole station, `<buildingId>` for a whole building,
   * `<buildingId>#<unit>` for one unit. A resident asks with `*`, their building and their unit.
   */
  scopeKeys: string[]
  /** Every building the notice reaches (all of them for a station-wide notice). */
  buildingIds: string[]
  /** 全体住户 / 1栋、2栋 / 3栋2单元, worked out once when posted. */
  targetLabel: string
  authorId: string
  authorName: string
  /** 楼长 / 站长 / 副站长 / 驿站工作人员, as residents read it under the title. */
  authorTitle: string
  status: 'published' | 'withdrawn'
  /** Content security asked for a person's look (`review`): staff see it marked. */
  review: boolean
  expiresAt: Date | null
  /** `expiresAt`, or far in the future: lists ask `visibleUntil > now` with one range. */
  visibleUntil: Date
  /**
   * How many documents each building's read counter is spread over: many for a notice to a few
   * buildings (one group chat opening it at once), fewer as buildings multiply (they spread the
   * writes themselves), so one notice's counters stay within one read of 1,000 documents.
   */
  shards: number
  /** Size of the audience when posted: households and buildings. */
  audience: { households: number; buildings: number }
  /** Messages to subscribers when posted; `cursor` is the last member served, `done` once all were. */
  delivery: DeliveryTally & { cursor: string; done: boolean }
  /** One reminder per building, by building id. */
  reminders: Record<string, ReminderRecord>
  createdAt: Date
  updatedAt: Date
  withdrawnAt: Date | null
  withdrawnBy: string | null
}

/** A household of the audience, with its unit (for per-unit figures and unit targets). */
export interface AudienceHousehold {
  id: string
  unit: number
}

/**
 * The households of one building that a notice was posted to: those with a verified member at the
 * moment it was posted. Fixed once written, so the figures and the list of households that have
 * not read it agree; a household registered later that reads it joins the figures as it reads.
 */
export interface NoticeAudienceDoc {
  _id: string
  stationId: string
  noticeId: string
  buildingId: string
  households: AudienceHousehold[]
  createdAt: Date
}

/** One person of a household who opened the notice. */
export interface NoticeReader {
  memberId: string
  name: string
  at: Date
  /** The stand-in (代办) who read it for them: shown as 由王建国代读. */
  byId: string | null
  byName: string | null
  /** The bound group chat whose card they opened it from. */
  groupId: string | null
}

/**
 * A household's read of a notice: written by its first reader, joined by each later one, so one
 * read per member and one count per household, decided inside a single-document transaction.
 */
export interface NoticeReadDoc {
  _id: string
  stationId: string
  noticeId: string
  householdId: string
  buildingId: string
  unit: number
  /** Not in the audience: nobody of it was verified when the notice was posted. */
  late: boolean
  readers: NoticeReader[]
  firstReadAt: Date
}

/** Someone not registered who opened a notice from a card: counted once per person. */
export interface NoticeVisitDoc {
  _id: string
  stationId: string
  noticeId: string
  /** A hash of the OPENID: enough to count a person once, nothing to contact them by. */
  visitor: string
  groupId: string | null
  at: Date
}

/** A building's WeChat group chat, bound by its building head from a card opened inside it. */
export interface NoticeGroupDoc {
  _id: string
  stationId: string
  /** WeChat's stable id of the group for this mini-program (from cloud.getOpenData). */
  openGId: string
  buildingId: string
  /** Kept with the binding, so a notice's receipts name the group's building without another read. */
  buildingName: string
  /** What the building head calls it, e.g. 1栋业主群 (WeChat does not tell the app a group's name). */
  name: string
  boundById: string
  boundByName: string
  boundAt: Date
}
