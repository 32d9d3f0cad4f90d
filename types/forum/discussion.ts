/** The discussion under a topic: replies, one support per member, reports of content. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, oneOf, page, text } from '../fields'
import type { Page } from '../fields'
import { REPORT_TARGETS } from './entities'
import { FORUM_LIMITS as L } from './limits'
import { topicId } from './topics'
import type { ReplyView, SupportResult } from './views'

export const discussionActions = {
  replies: {
    input: z.object({ topicId, ...page }),
    output: returns<Page<ReplyView>>(),
  },
  replyTopic: {
    input: z.object({ topicId, body: text('回复', L.replyMax) }),
    output: returns<ReplyView>(),
  },
  /** +1, once per member: repeating it changes nothing. */
  supportTopic: {
    input: z.object({ topicId }),
    output: returns<SupportResult>(),
  },
  withdrawSupport: {
    input: z.object({ topicId }),
    output: returns<SupportResult>(),
  },
  reportContent: {
    input: z.object({
      targetType: oneOf('举报对象', REPORT_TARGETS),
      targetId: id('举报的内容'),
      reason: text('举报原因', L.reasonMax),
    }),
    output: returns<{ reported: true }>(),
  },
}
