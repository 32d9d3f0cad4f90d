/**
 * What 邻里夜话 answers. Dates travel as ISO strings. Who wrote a topic is an `AuthorView`, made by
 * one mapper on the server (cloudfunctions/forum/views.ts): residents read a display name ("匿名居民"
 * for an anonymous topic); only station staff get the name and member id.
 */
import type { Side } from '../entities'
import type {
  HandBackReason,
  Holder,
  ReplyRole,
  ReportTarget,
  TimelineStep,
  TopicCategory,
  TopicStatus,
  ActedAs,
  SessionHost,
} from './entities'
import type { TopicEvent } from './flow'

export interface AuthorView {
  /** What every reader sees: the name, or 匿名居民. */
  display: string
  anonymous: boolean
  /** Staff only: who it really is. */
  name?: string
  memberId?: string
}

export interface TopicCard {
  topicId: string
  title: string
  excerpt: string
  category: TopicCategory
  buildingName: string
  status: TopicStatus
  holder: Holder
  side: Side | null
  author: AuthorView
  supportCount: number
  replyCount: number
  imageCount: number
  /** Average rating (1–5) and how many rated; 0 when nobody has. */
  ratingAvg: number
  ratingCount: number
  dueDate: string | null
  /** Past the due day and still with its side. */
  overdue: boolean
  escalated: boolean
  /** Only staff and the author see hidden topics. */
  hidden: boolean
  mine: boolean
  createdAt: string
  lastActivityAt: string
}

export interface TimelineView {
  step: TimelineStep
  at: string
  by: ActedAs
  /** "提出人", "驿站 李建华", "物业代表 陈刚", "系统". */
  who: string
  side: Side | null
  holder: Holder
  note: string
  reasonCode: HandBackReason | null
  dueDate: string | null
  score: number | null
  /** How long the holder after this step held the topic (until the next change of holder, or now). */
  heldMs: number | null
}

export interface TopicDetail extends TopicCard {
  body: string
  /** Temporary URLs, in order ('' for an image no longer available). */
  images: string[]
  timeline: TimelineView[]
  officialReply: { text: string; side: Side; who: string; at: string } | null
  /** Since when the current holder has it. */
  heldSince: string
  supported: boolean
  myRating: { score: number; comment: string } | null
  authorRating: { score: number; comment: string } | null
  /** What the reader may do now (types/forum/flow.ts), plus the discussion moves. */
  moves: TopicEvent[]
  canSupport: boolean
  canReply: boolean
  canReport: boolean
  /** Staff and the author of a hidden topic: why it was hidden. */
  hiddenReason: string
  /** Staff: content security asked for a look. */
  review: boolean
}

export interface ReplyView {
  replyId: string
  body: string
  /** "提出人" for the topic's author, a name for others, "物业代表 陈刚" for a side. */
  who: string
  role: ReplyRole
  side: Side | null
  hidden: boolean
  hiddenReason: string
  mine: boolean
  createdAt: string
  /** Staff only: who wrote it. */
  authorName?: string
}

export interface SupportResult {
  topicId: string
  supported: boolean
  supportCount: number
}

export interface RatingResult {
  topic: TopicDetail
  reopened: boolean
}

export interface ReportRow {
  targetType: ReportTarget
  targetId: string
  topicId: string
  title: string
  excerpt: string
  authorName: string
  reportsOpen: number
  reportCount: number
  reasons: string[]
  hidden: boolean
  hiddenReason: string
  createdAt: string
}

export interface SessionCard {
  sessionId: string
  title: string
  startAt: string
  endAt: string
  place: string
  hosts: SessionHost[]
  status: 'scheduled' | 'cancelled'
  past: boolean
  /** The door is open: from an hour before the start to an hour after the end (the QR works then). */
  checkInOpen: boolean
  agendaCount: number
  signupCount: number
  checkinCount: number
  hasMinutes: boolean
  signedUp: boolean
  checkedIn: boolean
}

export interface CommitmentView {
  commitmentId: string
  sessionId: string
  sessionTitle: string
  topicId: string | null
  text: string
  side: Side
  dueDate: string
  status: 'open' | 'done'
  overdue: boolean
  doneAt: string | null
  doneNote: string
}

export interface SessionDetail extends SessionCard {
  agenda: TopicCard[]
  minutes: string
  minutesAt: string | null
  commitments: CommitmentView[]
}

export interface CheckInKey {
  sessionId: string
  /** The key the organiser's phone signs with (types/qrToken.ts); opens this session only. */
  key: string
  subject: string
  windowSeconds: number
  /** The server's clock now: the organiser's phone corrects its own by it when drawing the QR. */
  serverNow: string
}

export interface FigureValues {
  collected: number
  accepted: number
  declined: number
  resolved: number
  overdue: number
  /** Average satisfaction 1–5 (0 when nobody rated), and how many ratings. */
  satisfaction: number
  ratings: number
}

export interface Figures {
  year: number
  total: FigureValues
  bySide: ({ side: Side | null } & FigureValues)[]
  byMonth: ({ month: string } & FigureValues)[]
}

export interface QueueCounts {
  submitted: number
  accepted: number
  withSides: number
  overdue: number
  escalated: number
  reported: number
}
