/**
 * `subscribeMessage.send` locally. Consent is the functions' own bookkeeping (one message per
 * consent, kernel/wechat/subscriptions.ts); this stand-in enforces WeChat's rules on the call
 * itself — a known template, non-empty values (47003) — and keeps what it "delivered" so the local
 * outbox page and tests can read what a phone would have shown.
 */
import { apiError } from './errors'

export interface Delivered {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  at: Date
}

export function localSubscribeMessage(delivered: Delivered[]) {
  return {
    async send(args: {
      touser?: string
      templateId?: string
      page?: string
      data?: Record<string, { value: string }>
      miniprogramState?: string
    }) {
      if (!args.touser) throw apiError(40003, 'invalid openid')
      if (!args.templateId || !args.templateId.startsWith('local-'))
        throw apiError(40037, 'invalid template_id')
      const data = args.data ?? {}
      if (Object.values(data).some((v) => !v || String(v.value ?? '').trim() === ''))
        throw apiError(47003, 'argument invalid! data.value is empty')
      delivered.push({
        touser: args.touser,
        templateId: args.templateId,
        page: args.page ?? '',
        data,
        at: new Date(),
      })
      return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
    },
  }
}
