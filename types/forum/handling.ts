/**
 * Staff and the sides at work: the queues, accepting or declining, assigning to a side with a due
 * date, the side's progress notes, official reply or hand-back (with a reason code and a text),
 * closing. Each move goes through the one transition table (./flow.ts).
 */
import * as z from 'zod'
import { returns } from '../contract'
import { SIDES } from '../entities'
import { date, oneOf, optionalText, page, text } from '../fields'
import type { Page } from '../fields'
import { HAND_BACK_REASONS } from './entities'
import { FORUM_LIMITS as L } from './limits'
import { topicId } from './topics'
import type { QueueCounts, TopicCard, TopicDetail } from './views'

/** 待受理 / 待交办 / 办理中 / 已答复 / 逾期 / 站长督办 / 已办结. */
export const QUEUE_VIEWS = [
  'submitted',
  'accepted',
  'withSides',
  'replied',
  'overdue',
  'escalated',
  'done',
] as const
export type QueueView = (typeof QUEUE_VIEWS)[number]

export const handlingActions = {
  /** Staff see every side's topics; a side's representative sees the ones assigned to their side. */
  handlingQueue: {
    input: z.object({ view: oneOf('队列', QUEUE_VIEWS).default('submitted'), ...page }),
    output: returns<Page<TopicCard>>(),
  },
  queueCounts: {
    input: z.object({}),
    output: returns<QueueCounts>(),
  },
  acceptTopic: {
    input: z.object({ topicId, note: optionalText('说明', L.noteMax) }),
    output: returns<TopicDetail>(),
  },
  declineTopic: {
    input: z.object({ topicId, reason: text('不予受理的原因', L.reasonMax) }),
    output: returns<TopicDetail>(),
  },
  assignTopic: {
    input: z.object({
      topicId,
      side: oneOf('承办方', SIDES),
      dueDate: date('办结期限'),
      note: optionalText('交办说明', L.noteMax),
    }),
    output: returns<TopicDetail>(),
  },
  handBackTopic: {
    input: z.object({
      topicId,
      reasonCode: oneOf('退回原因', HAND_BACK_REASONS),
      reason: text('具体原因', L.reasonMax),
    }),
    output: returns<TopicDetail>(),
  },
  postProgress: {
    input: z.object({ topicId, note: text('办理进展', L.noteMax) }),
    output: returns<TopicDetail>(),
  },
  /** 正式答复 by the representative of the side the topic is assigned to. */
  answerTopic: {
    input: z.object({ topicId, text: text('答复内容', L.officialReplyMax) }),
    output: returns<TopicDetail>(),
  },
  closeTopic: {
    input: z.object({ topicId, reason: text('关闭原因', L.reasonMax) }),
    output: returns<TopicDetail>(),
  },
}
