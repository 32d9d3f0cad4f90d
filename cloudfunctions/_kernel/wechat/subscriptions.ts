/**
 * Subscription messages (订阅消息). A person's consent is counted per template (each acceptance
 * in WeChat's prompt allows exactly one message); `notify` spends one and sends through
 * `subscribeMessage.send`, and every attempt lands in the outbox with what became of it: sent, no
 * consent (recorded as 43101, WeChat's code for it, and not sent), failed (WeChat's code kept),
 * or offline (the person has no phone; a stand-in or a building head tells them). Nothing is
 * retried: a retry would either spend a second consent or fail the same way.
 */
import { createHash } from 'crypto'
import type { MemberDoc, OutboxDoc } from '../../../types/entities'
import { SUBSCRIPTION_TEMPLATES } from '../../../types/subscriptions'
import type { TemplateKey } from '../../../types/subscriptions'
import type { StationCtx } from '../action'
import { openapi } from '../cloud'
import { isDuplicateKey } from '../errors'
import { command } from '../query'
import type { ScopedDb } from '../repo'

export const NO_CONSENT = 43101

/**
 * The WeChat template id for a key, from the function environment `SUBSCRIBE_TEMPLATE_IDS`
 * (the local cloud sets `local-<key>` ids the same way); '' when the operator has not chosen one.
 */
export function templateIdOf(key: TemplateKey): string {
  return parseIds(process.env.SUBSCRIBE_TEMPLATE_IDS)[key] ?? ''
}

export function templateIds(): { key: TemplateKey; templateId: string; title: string }[] {
  return (Object.keys(SUBSCRIPTION_TEMPLATES) as TemplateKey[])
    .map((key) => ({ key, templateId: templateIdOf(key), title: SUBSCRIPTION_TEMPLATES[key].title }))
    .filter((t) => t.templateId)
}

function parseIds(raw: string | undefined): Partial<Record<TemplateKey, string>> {
  try {
    return raw ? JSON.parse(raw) : {}
  } catch {
    return {}
  }
}

export const subscriptionId = (stationId: string, memberId: string, key: string) =>
  `sb-${createHash('sha256').update(`${stationId}|${memberId}|${key}`).digest('hex').slice(0, 24)}`

/** Adds one consent per accepted template (WeChat's prompt answers `accept` per template id). */
export async function recordConsents(
  ctx: StationCtx,
  member: MemberDoc,
  results: Record<string, string>,
): Promise<TemplateKey[]> {
  const accepted = templateIds().filter((t) => results[t.templateId] === 'accept')
  for (const { key } of accepted) {
    const id = subscriptionId(ctx.station._id, member._id, key)
    const added = await ctx.db.subscriptions.updateById(id, {
      available: command().inc(1),
      updatedAt: ctx.now,
    })
    if (added) continue
    try {
      await ctx.db.subscriptions.insert({
        _id: id,
        memberId: member._id,
        openid: member.openid,
        template: key,
        available: 1,
        updatedAt: ctx.now,
      })
    } catch (err) {
      // Two prompts answered at once: the other created it; add this consent to it.
      if (!isDuplicateKey(err)) throw err
      await ctx.db.subscriptions.updateById(id, { available: command().inc(1), updatedAt: ctx.now })
    }
  }
  return accepted.map((t) => t.key)
}

export interface Notice {
  to: Pick<MemberDoc, '_id' | 'name' | 'openid' | 'offline'>
  template: TemplateKey
  /** Values by the template's field names (types/subscriptions.ts); WeChat refuses empty ones. */
  data: Record<string, string>
  /** The page the message opens, with its query. */
  page: string
  summary: string
  /** Makes a repeated call (a retried action) send nothing twice. */
  key: string
}

/** Sends one message if the person has a consent left; answers the outbox record. */
export async function notify(
  ctx: Pick<StationCtx, 'db' | 'now' | 'station'>,
  notice: Notice,
): Promise<OutboxDoc | null> {
  const outboxId = `ob-${createHash('sha256').update(`${ctx.station._id}|${notice.key}|${notice.to._id}`).digest('hex').slice(0, 24)}`
  const templateId = templateIdOf(notice.template)
  const data = Object.fromEntries(Object.entries(notice.data).map(([k, v]) => [k, { value: clip(v) }]))
  const base = {
    _id: outboxId,
    memberId: notice.to._id,
    memberName: notice.to.name,
    openid: notice.to.openid,
    template: notice.template,
    templateId,
    page: notice.page,
    data,
    summary: notice.summary,
    createdAt: ctx.now,
  }
  // Claim the message first: a retried action with the same key finds it taken and sends nothing,
  // so no consent is spent twice. A crash between claim and send leaves it `sending`, visibly.
  let claimed: OutboxDoc
  try {
    claimed = await ctx.db.outbox.insert({ ...base, status: 'sending', errCode: 0, errMsg: '' })
  } catch (err) {
    if (isDuplicateKey(err)) return null
    throw err
  }
  const outcome = await deliver(ctx.db, ctx.station._id, notice, templateId, data)
  return ctx.db.outbox.patch(claimed, outcome)
}

type Outcome = Pick<OutboxDoc, 'status' | 'errCode' | 'errMsg'>

async function deliver(
  db: ScopedDb,
  stationId: string,
  notice: Notice,
  templateId: string,
  data: Record<string, { value: string }>,
): Promise<Outcome> {
  if (notice.to.offline) return { status: 'offline', errCode: 0, errMsg: '没有手机，由代办人或楼长转告' }
  const consent = subscriptionId(stationId, notice.to._id, notice.template)
  // Spend one consent first, atomically: of two sends racing for the last one, one wins.
  const spent = await db.subscriptions.updateById(
    consent,
    { available: command().inc(-1) },
    { available: command().gt(0) },
  )
  if (!spent || !templateId)
    return { status: 'noConsent', errCode: NO_CONSENT, errMsg: '对方没有订阅这类消息' }
  try {
    await openapi().subscribeMessage.send({ touser: notice.to.openid, templateId, page: notice.page, data })
    return { status: 'sent', errCode: 0, errMsg: '' }
  } catch (err) {
    const errCode = Number((err as { errCode?: number }).errCode ?? -1)
    // WeChat says no consent is left (the person may have turned messages off): believe it.
    if (errCode === NO_CONSENT) await db.subscriptions.updateById(consent, { available: 0 })
    return {
      status: 'failed',
      errCode,
      errMsg: String((err as { errMsg?: string }).errMsg ?? err).slice(0, 200),
    }
  }
}

/** Template values are short (thing: 20 characters); a long title is cut, never refused. */
function clip(value: string): string {
  const text = String(value).trim() || '—'
  return text.length > 20 ? `${text.slice(0, 19)}…` : text
}
