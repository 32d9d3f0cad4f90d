/** Raising topics and reading them: the list (hot / new / unresolved), search, one topic, my topics. */
import * as z from 'zod'
import { returns } from '../contract'
import { flag, id, oneOf, page, text } from '../fields'
import type { Page } from '../fields'
import { imageIds } from '../files'
import { TOPIC_CATEGORIES } from './entities'
import { FORUM_LIMITS as L } from './limits'
import type { TopicCard, TopicDetail } from './views'

export const TOPIC_SORTS = ['hot', 'new', 'unresolved'] as const
export type TopicSort = (typeof TOPIC_SORTS)[number]

export const topicId = id('议题')

export const topicActions = {
  raiseTopic: {
    input: z.object({
      title: text('标题', L.titleMax, L.titleMin),
      body: text('内容', L.bodyMax),
      category: oneOf('分类', TOPIC_CATEGORIES),
      /** The building it is about; none for the whole compound. */
      buildingId: id('楼栋').optional(),
      images: imageIds('topic'),
      anonymous: flag('匿名').default(false),
    }),
    output: returns<TopicDetail>(),
  },
  listTopics: {
    input: z.object({
      sort: oneOf('排序', TOPIC_SORTS).default('hot'),
      category: oneOf('分类', TOPIC_CATEGORIES).optional(),
      ...page,
    }),
    output: returns<Page<TopicCard>>(),
  },
  searchTopics: {
    input: z.object({ q: text('搜索词', L.queryMax), ...page }),
    output: returns<Page<TopicCard>>(),
  },
  topic: {
    input: z.object({ topicId }),
    output: returns<TopicDetail>(),
  },
  myTopics: {
    input: z.object({ ...page }),
    output: returns<Page<TopicCard>>(),
  },
}
