/**
 * A topic as it stands the moment it is raised: what the author wrote and who they are; status
 * 待受理 with the station, its first timeline step, search keys from its words, every sum at zero.
 * The one place these defaults live (the action, and tests that place a topic directly).
 */
import type { TopicDoc } from './entities'
import { termsOf } from './search'

export type RaisedFields = Pick<
  TopicDoc,
  | '_id'
  | 'stationId'
  | 'title'
  | 'body'
  | 'category'
  | 'buildingId'
  | 'buildingName'
  | 'images'
  | 'anonymous'
  | 'authorId'
  | 'authorName'
  | 'raisedById'
  | 'review'
>

export function raisedTopic(fields: RaisedFields, now: Date): TopicDoc {
  return {
    ...fields,
    status: 'submitted',
    holder: 'station',
    heldSince: now,
    side: null,
    dueDate: null,
    dueAt: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    overdueAt: null,
    wentOverdueAt: null,
    escalatedAt: null,
    officialReply: null,
    supportCount: 0,
    replyCount: 0,
    ratingSum: 0,
    ratingCount: 0,
    lastRatedAt: null,
    authorScore: null,
    reportsOpen: 0,
    reportCount: 0,
    hidden: false,
    hiddenReason: '',
    terms: termsOf(fields.title, fields.body),
    timeline: [
      {
        step: 'submitted',
        at: now,
        by: 'author',
        byName: '',
        side: null,
        holder: 'station',
        note: '',
        reasonCode: null,
        dueDate: null,
        score: null,
      },
    ],
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  }
}
