/**
 * The one place that turns stored topics, replies and timeline entries into answers. Who wrote an
 * anonymous topic is attached here and only here, and only for station staff (`viewer.staff`):
 * every action answers through these mappers, so no answer to a resident can carry the author's
 * name or member id. Timeline entries never stored the author's name in the first place.
 */
import type { Side } from '../../types/entities'
import type { ReplyDoc, TimelineEntry, TopicDoc } from '../../types/forum/entities'
import { allowedMoves, ASSIGNED_OPEN } from '../../types/forum/flow'
import type { FlowTopic } from '../../types/forum/flow'
import type { AuthorView, ReplyView, TimelineView, TopicCard, TopicDetail } from '../../types/forum/views'
import { SIDE_LABELS } from '../../types/labels'
import { capacityOf } from './access'
import type { Viewer } from './access'

export const ANONYMOUS = '匿名居民'
export const AUTHOR_LABEL = '提出人'

/** The fields a card needs: lists read only these (never the search keys or the timeline). */
export const CARD_FIELDS = {
  title: true,
  body: true,
  category: true,
  buildingName: true,
  status: true,
  holder: true,
  side: true,
  anonymous: true,
  authorId: true,
  authorName: true,
  supportCount: true,
  replyCount: true,
  images: true,
  ratingSum: true,
  ratingCount: true,
  dueDate: true,
  dueAt: true,
  escalatedAt: true,
  hidden: true,
  createdAt: true,
  lastActivityAt: true,
} as const

export type CardSource = Pick<TopicDoc, '_id' | keyof typeof CARD_FIELDS>

export function authorView(
  topic: Pick<TopicDoc, 'anonymous' | 'authorName' | 'authorId'>,
  viewer: Viewer,
): AuthorView {
  const shown: AuthorView = topic.anonymous
    ? { display: ANONYMOUS, anonymous: true }
    : { display: topic.authorName, anonymous: false }
  return viewer.staff ? { ...shown, name: topic.authorName, memberId: topic.authorId } : shown
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

export function isOverdue(topic: Pick<TopicDoc, 'status' | 'dueAt'>, now: Date): boolean {
  return ASSIGNED_OPEN.includes(topic.status) && !!topic.dueAt && new Date(topic.dueAt) < now
}

export function toCard(topic: CardSource, viewer: Viewer, now: Date): TopicCard {
  return {
    topicId: topic._id,
    title: topic.title,
    excerpt: topic.body.length > 60 ? `${topic.body.slice(0, 60)}…` : topic.body,
    category: topic.category,
    buildingName: topic.buildingName,
    status: topic.status,
    holder: topic.holder,
    side: topic.side,
    author: authorView(topic, viewer),
    supportCount: topic.supportCount,
    replyCount: topic.replyCount,
    imageCount: topic.images.length,
    ratingAvg: topic.ratingCount ? Math.round((topic.ratingSum / topic.ratingCount) * 10) / 10 : 0,
    ratingCount: topic.ratingCount,
    dueDate: topic.dueDate,
    overdue: isOverdue(topic, now),
    escalated: !!topic.escalatedAt,
    hidden: topic.hidden,
    mine: viewer.memberId !== null && topic.authorId === viewer.memberId,
    createdAt: iso(topic.createdAt)!,
    lastActivityAt: iso(topic.lastActivityAt)!,
  }
}

export function actorLabel(by: TimelineEntry['by'], byName: string, side: Side | null): string {
  if (by === 'author') return AUTHOR_LABEL
  if (by === 'system') return '系统'
  if (by === 'side' && side) return `${SIDE_LABELS[side]}代表 ${byName}`
  return `驿站 ${byName}`
}

/** Each change of holder says how long that holder had it: until the next change, or until now. */
export function timelineView(entries: TimelineEntry[], now: Date): TimelineView[] {
  return entries.map((e, i) => {
    const starts = i === 0 || entries[i - 1].holder !== e.holder
    const next = entries.slice(i + 1).find((n) => n.holder !== e.holder)
    const until = next ? new Date(next.at) : e.holder === 'none' ? null : now
    return {
      step: e.step,
      at: iso(e.at)!,
      by: e.by,
      who: actorLabel(e.by, e.byName, e.side),
      side: e.side,
      holder: e.holder,
      note: e.note,
      reasonCode: e.reasonCode,
      dueDate: e.dueDate,
      score: e.score,
      heldMs: starts && until ? until.getTime() - new Date(e.at).getTime() : null,
    }
  })
}

export interface DetailExtras {
  images: string[]
  supported: boolean
  myRating: { score: number; comment: string } | null
}

/** The part of a topic the transition table reads (types/forum/flow.ts), times in milliseconds. */
export function flowOf(topic: TopicDoc): FlowTopic {
  const ms = (d: Date | null) => (d ? new Date(d).getTime() : null)
  return {
    status: topic.status,
    holder: topic.holder,
    side: topic.side,
    resolvedAt: ms(topic.resolvedAt),
    dueAt: ms(topic.dueAt),
    overdueAt: ms(topic.overdueAt),
  }
}

/** The author's latest rating, as the timeline recorded it (score and comment, never a name). */
function authorRating(topic: TopicDoc): TopicDetail['authorRating'] {
  const rated = [...topic.timeline].reverse().find((e) => e.step === 'rated' && e.by === 'author')
  return rated?.score ? { score: rated.score, comment: rated.note } : null
}

function officialReplyView(topic: TopicDoc): TopicDetail['officialReply'] {
  const reply = topic.officialReply
  if (!reply) return null
  return {
    text: reply.text,
    side: reply.side,
    who: actorLabel('side', reply.byName, reply.side),
    at: iso(reply.at)!,
  }
}

export function toDetail(topic: TopicDoc, viewer: Viewer, now: Date, extras: DetailExtras): TopicDetail {
  const member = viewer.memberId !== null
  const author = member && topic.authorId === viewer.memberId
  const open = !['declined', 'closed'].includes(topic.status) && !topic.hidden
  return {
    ...toCard(topic, viewer, now),
    body: topic.body,
    images: extras.images,
    timeline: timelineView(topic.timeline, now),
    officialReply: officialReplyView(topic),
    heldSince: iso(topic.heldSince)!,
    supported: extras.supported,
    myRating: extras.myRating,
    authorRating: authorRating(topic),
    moves: member ? allowedMoves(flowOf(topic), capacityOf(viewer, topic, extras.supported)) : [],
    canSupport: open && member && !author && !extras.supported,
    canReply: open && member,
    canReport: !author && !topic.hidden,
    hiddenReason: viewer.staff || author ? topic.hiddenReason : '',
    review: viewer.staff && topic.review,
  }
}

/** A reply as the viewer may see it: the topic's own author is 提出人 on an anonymous topic. */
export function toReply(
  reply: ReplyDoc,
  topic: Pick<TopicDoc, 'anonymous' | 'authorName'>,
  viewer: Viewer,
): ReplyView {
  const mine = viewer.memberId !== null && reply.authorId === viewer.memberId
  return {
    replyId: reply._id,
    body: reply.body,
    who: replyWho(reply, topic),
    role: reply.role,
    side: reply.side,
    hidden: reply.hidden,
    hiddenReason: viewer.staff || mine ? reply.hiddenReason : '',
    mine,
    createdAt: iso(reply.createdAt)!,
    ...(viewer.staff ? { authorName: reply.authorName } : {}),
  }
}

function replyWho(reply: ReplyDoc, topic: Pick<TopicDoc, 'anonymous' | 'authorName'>): string {
  if (reply.role === 'author')
    return topic.anonymous ? AUTHOR_LABEL : `${reply.authorName}（${AUTHOR_LABEL}）`
  if (reply.role === 'side' && reply.side) return `${SIDE_LABELS[reply.side]}代表 ${reply.authorName}`
  if (reply.role === 'staff') return `驿站 ${reply.authorName}`
  return reply.authorName
}
