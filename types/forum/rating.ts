/** After the official reply: the author confirms, rates (supporters rate too), or reopens. */
import * as z from 'zod'
import { returns } from '../contract'
import { int, optionalText, text } from '../fields'
import { FORUM_LIMITS as L } from './limits'
import { topicId } from './topics'
import type { RatingResult, TopicDetail } from './views'

export const ratingActions = {
  confirmResolved: {
    input: z.object({ topicId }),
    output: returns<TopicDetail>(),
  },
  /** 1–5; the author's rating of 2 or less reopens the topic and puts it before the 站长. */
  rateTopic: {
    input: z.object({ topicId, score: int('满意度', 1, 5), comment: optionalText('评价', L.commentMax) }),
    output: returns<RatingResult>(),
  },
  reopenTopic: {
    input: z.object({ topicId, reason: text('重新打开的原因', L.reasonMax) }),
    output: returns<TopicDetail>(),
  },
}
