/**
 * Subscription messages from the station's side: which templates exist (for the app's consent
 * prompt), recording what the person allowed, and the outbox — every message tried, and what
 * became of it (sent, no consent, failed with WeChat's code, or no phone).
 */
import * as z from 'zod'
import { returns } from '../contract'
import { id, page } from '../fields'
import type { Page } from '../fields'
import type { OutboxRow, TemplateKey } from '../subscriptions'

export const messageActions = {
  subscriptionTemplates: {
    input: z.object({}),
    output: returns<{ items: { key: TemplateKey; templateId: string; title: string }[] }>(),
  },
  /** What WeChat's consent prompt answered, per template id (`accept`, `reject`, `ban`, `filter`). */
  recordConsent: {
    input: z.object({
      results: z.record(z.string().max(64), z.string().max(16), { error: '「订阅结果」格式不对' }),
    }),
    output: returns<{ accepted: TemplateKey[] }>(),
  },
  /** Staff read the station's outbox (or one person's); anyone else reads their own. */
  outbox: {
    input: z.object({ memberId: id('居民').optional(), ...page }),
    output: returns<Page<OutboxRow>>(),
  },
}
