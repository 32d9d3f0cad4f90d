import type { ActionRef } from '@/data'

/** What a move on a topic makes out of date: the topic, the lists, the queues and the figures. */
export const AFTER_MOVE: readonly ActionRef[] = [
  'forum.topic',
  'forum.replies',
  'forum.listTopics',
  'forum.searchTopics',
  'forum.myTopics',
  'forum.handlingQueue',
  'forum.queueCounts',
  'forum.figures',
]
