/** Posting a notice (building heads to their buildings, staff anywhere), withdrawing it, and its messages. */
import * as z from 'zod'
import { returns } from '../contract'
import { date, entry, flag, id, int, list, oneOf, text } from '../fields'
import { imageIds } from '../files'
import { NOTICE_LIMITS } from '../limits'
import { NOTICE_CATEGORIES, NOTICE_URGENCIES } from './entities'
import type { DeliveryTally } from './entities'
import type { PostResult } from './views'

const targetBuilding = entry('楼栋', {
  buildingId: id('楼栋'),
  /** Empty: the whole building. */
  units: list('单元', int('单元', 1, 30), 30).default([]),
})

export const noticeTarget = z.object(
  {
    all: flag('全体住户').default(false),
    buildings: list('楼栋', targetBuilding, 500).default([]),
  },
  { error: '请选择发给哪些楼栋' },
)

export const composeActions = {
  post: {
    input: z.object({
      /** Made by the form once; a retried post with the same one answers the same notice. */
      clientToken: id('提交编号'),
      title: text('标题', NOTICE_LIMITS.titleMax),
      body: text('正文', NOTICE_LIMITS.bodyMax),
      category: oneOf('类别', NOTICE_CATEGORIES),
      urgency: oneOf('紧急程度', NOTICE_URGENCIES).default('normal'),
      images: imageIds('notice'),
      pinned: flag('置顶').default(false),
      /** The last day it shows (China time); none: until withdrawn. */
      expiresOn: date('有效期至').optional(),
      target: noticeTarget,
    }),
    output: returns<PostResult>(),
  },
  /** Takes a notice down: residents no longer see it; its receipts stay for the author. */
  withdraw: {
    input: z.object({ noticeId: id('通知') }),
    output: returns<{ noticeId: string; status: 'withdrawn' }>(),
  },
  /** Sends the next batch of messages to subscribers, when a big station's post had more than one call could send. */
  deliver: {
    input: z.object({ noticeId: id('通知') }),
    output: returns<DeliveryTally & { done: boolean }>(),
  },
}
