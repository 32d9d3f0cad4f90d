/**
 * Stored documents of 邻里夜话 (eveningTalk): topics residents raise, the discussion under them,
 * supports, ratings, reports, evening sessions (夜话会) with sign-ups, minutes and the commitments
 * made there. Every record carries `stationId`; dates are Dates in the database.
 */
import type { Side } from '../entities'

/** 物业服务 / 环境卫生 / 停车 / 安全 / 邻里关系 / 设施维修 / 建议 */
export const TOPIC_CATEGORIES = [
  'propertyService',
  'sanitation',
  'parking',
  'safety',
  'neighbourly',
  'repairs',
  'suggestion',
] as const
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number]

/**
 * submitted → accepted → assigned → inProgress → replied → resolved → rated, or declined / closed.
 * The moves between them are one table: types/forum/flow.ts.
 */
export const TOPIC_STATUSES = [
  'submitted',
  'accepted',
  'assigned',
  'inProgress',
  'replied',
  'resolved',
  'rated',
  'declined',
  'closed',
] as const
export type TopicStatus = (typeof TOPIC_STATUSES)[number]

/** Who has the next move: the station's staff, one of the sides, the author (to confirm and rate), nobody. */
export type Holder = 'station' | Side | 'author' | 'none'

/** Why a side hands a topic back to the station: a code for the figures, and always a text. */
export const HAND_BACK_REASONS = ['notOurs', 'needsInfo', 'needsOtherSide', 'beyondUs'] as const
export type HandBackReason = (typeof HAND_BACK_REASONS)[number]

export const TIMELINE_STEPS = [
  'submitted',
  'accepted',
  'declined',
  'assigned',
  'handedBack',
  'progress',
  'replied',
  'resolved',
  'rated',
  'reopened',
  'escalated',
  'closed',
  'overdue',
] as const
export type TimelineStep = (typeof TIMELINE_STEPS)[number]

/** In what capacity someone acted on a topic. */
export type ActedAs = 'author' | 'staff' | 'side' | 'system'

/**
 * One step on a topic's visible timeline. Never carries the author's name: the author's steps say
 * `by: 'author'` and every reader sees "提出人", so an anonymous topic stays anonymous here too.
 */
export interface TimelineEntry {
  step: TimelineStep
  at: Date
  by: ActedAs
  /** Staff or a side's representative; '' for the author and the system. */
  byName: string
  side: Side | null
  /** Who holds the topic after this step. */
  holder: Holder
  note: string
  reasonCode: HandBackReason | null
  dueDate: string | null
  score: number | null
}

export interface OfficialReply {
  text: string
  side: Side
  byName: string
  at: Date
}

export interface TopicDoc {
  _id: string
  stationId: string
  title: string
  body: string
  category: TopicCategory
  /** The building the topic is about (the author's choice), or null for the whole compound. */
  buildingId: string | null
  buildingName: string
  /** fileIDs in cloud storage (kind `topic`). */
  images: string[]
  /** Hidden from other residents; staff always see the author. */
  anonymous: boolean
  /** The person the topic is from (the principal when a stand-in raised it). */
  authorId: string
  authorName: string
  /** Who typed it: the author, or their stand-in (代办). */
  raisedById: string
  status: TopicStatus
  holder: Holder
  heldSince: Date
  /** The responsible side it is assigned to (kept after it is answered, for the figures). */
  side: Side | null
  dueDate: string | null
  /** The end of the due day in China: past it an open assignment is overdue. */
  dueAt: Date | null
  acceptedAt: Date | null
  resolvedAt: Date | null
  /** Declined or closed. */
  closedAt: Date | null
  /** The due day passed with the topic still with its side (cleared by assigning a new date). */
  overdueAt: Date | null
  /** The first time it went overdue, never cleared: what the overdue figure counts. */
  wentOverdueAt: Date | null
  /** A rating of 2 or less put it before the 站长. */
  escalatedAt: Date | null
  officialReply: OfficialReply | null
  supportCount: number
  replyCount: number
  /** Ratings by the author and supporters, added up (average = sum / count). */
  ratingSum: number
  ratingCount: number
  lastRatedAt: Date | null
  authorScore: number | null
  /** Reports since staff last looked (moderation queue), and in total. */
  reportsOpen: number
  reportCount: number
  hidden: boolean
  hiddenReason: string
  /** Content security said "review": staff look at it, residents still see it. */
  review: boolean
  /** Search keys: the distinct characters and character pairs of title and body (types/forum/search.ts). */
  terms: string[]
  timeline: TimelineEntry[]
  createdAt: Date
  updatedAt: Date
  /** Last reply, support or step: what "hot" breaks ties with. */
  lastActivityAt: Date
}

export type ReplyRole = 'resident' | 'author' | 'staff' | 'side'

export interface ReplyDoc {
  _id: string
  stationId: string
  topicId: string
  authorId: string
  authorName: string
  /** `author` when the topic's own author replies: shown as 提出人, never by name, on an anonymous topic. */
  role: ReplyRole
  side: Side | null
  body: string
  reportsOpen: number
  reportCount: number
  hidden: boolean
  hiddenReason: string
  review: boolean
  createdAt: Date
}

/** One member's +1 on a topic: `_id` derived from both, so a repeat lands on the same record. */
export interface SupportDoc {
  _id: string
  stationId: string
  topicId: string
  memberId: string
  createdAt: Date
}

/** A rating of the resolution, one per member per topic (rating again replaces it). */
export interface RatingDoc {
  _id: string
  stationId: string
  topicId: string
  memberId: string
  byAuthor: boolean
  score: number
  comment: string
  createdAt: Date
  updatedAt: Date
}

export const REPORT_TARGETS = ['topic', 'reply'] as const
export type ReportTarget = (typeof REPORT_TARGETS)[number]

/** A resident's report of a topic or reply: one per person per item. */
export interface ReportDoc {
  _id: string
  stationId: string
  targetType: ReportTarget
  targetId: string
  topicId: string
  reporterId: string
  reason: string
  createdAt: Date
}

export interface SessionHost {
  side: Side
  name: string
}

/** 夜话会: an evening session where the sides meet residents over an agenda of topics. */
export interface TalkSessionDoc {
  _id: string
  stationId: string
  title: string
  startAt: Date
  endAt: Date
  place: string
  hosts: SessionHost[]
  /** Topic ids, most supported first. */
  agenda: string[]
  status: 'scheduled' | 'cancelled'
  signupCount: number
  checkinCount: number
  /** 纪要, written after the session; '' before. */
  minutes: string
  minutesAt: Date | null
  minutesBy: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** A resident's sign-up (or walk-in check-in) for a session; `_id` derived from session and member. */
export interface SessionSignupDoc {
  _id: string
  stationId: string
  sessionId: string
  memberId: string
  name: string
  signedUpAt: Date | null
  checkedInAt: Date | null
}

/** 承诺事项: a promise from a session's minutes, tracked on the public board until done. */
export interface CommitmentDoc {
  _id: string
  stationId: string
  sessionId: string
  sessionTitle: string
  topicId: string | null
  text: string
  side: Side
  dueDate: string
  dueAt: Date
  status: 'open' | 'done'
  doneAt: Date | null
  doneNote: string
  doneBy: string
  createdAt: Date
}
