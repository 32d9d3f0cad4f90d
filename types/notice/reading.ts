/** The resident's side: my notices, opening one (from the list or a shared card), and what I subscribed to. */
import * as z from 'zod'
import { returns } from '../contract'
import { flag, id, page } from '../fields'
import type { Page } from '../fields'
import type { CategorySubscription, NoticeCard, NoticeView } from './views'

/** A group chat's identity as the app got it (`wx.getGroupEnterInfo` → cloudID; locally `local-group:<name>`). */
export const groupCloudId = z
  .string({ error: '群信息格式不对' })
  .trim()
  .min(1, { error: '群信息格式不对' })
  .max(512, { error: '群信息格式不对' })

export const readingActions = {
  /** Notices to my household's building (or unit) and to the whole station: pinned, then unread, then newest. */
  list: {
    input: z.object({ unreadOnly: flag('只看未读').default(false), ...page }),
    output: returns<Page<NoticeCard> & { unread: number }>(),
  },
  /** Opens a notice; a verified resident it was posted to is counted as read (once per person). */
  open: {
    input: z.object({ noticeId: id('通知'), groupCloudID: groupCloudId.optional() }),
    output: returns<NoticeView>(),
  },
  /** The categories I may subscribe to, with how many messages of each I have allowed. */
  subscriptions: {
    input: z.object({}),
    output: returns<{ items: CategorySubscription[] }>(),
  },
}
