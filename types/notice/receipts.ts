/** The author's side: notices I manage, who has read one (per building and unit), and the one reminder. */
import * as z from 'zod'
import { returns } from '../contract'
import { id, oneOf, page } from '../fields'
import type { Page } from '../fields'
import type { HouseholdReach, ManagedNotice, ReadStats, ReminderResult } from './views'

export const receiptActions = {
  /** Notices I posted and (staff, building heads) those posted to buildings I look after. */
  managed: {
    input: z.object({ mineOnly: z.boolean({ error: '「只看我发的」应为是或否' }).default(false), ...page }),
    output: returns<Page<ManagedNotice>>(),
  },
  readStats: {
    input: z.object({ noticeId: id('通知') }),
    output: returns<ReadStats>(),
  },
  /** One building's households that have (or have not) read it: a page at a time. */
  households: {
    input: z.object({
      noticeId: id('通知'),
      buildingId: id('楼栋'),
      state: oneOf('已读或未读', ['unread', 'read']).default('unread'),
      ...page,
    }),
    output: returns<Page<HouseholdReach>>(),
  },
  /** One reminder per building to the households that have not read it. */
  remind: {
    input: z.object({ noticeId: id('通知'), buildingId: id('楼栋') }),
    output: returns<ReminderResult>(),
  },
}
