/**
 * Messages about a notice, through the kernel's `notify` (one message per consent; every attempt
 * in the outbox). A new notice goes to the residents in its target who allowed its category, a
 * batch at a time: each batch is claimed on the notice first (its cursor moves before anything is
 * sent), so two calls never send the same batch and a crash loses a batch rather than sending it
 * twice — a person is asked once per message, and a second copy would spend a consent they gave
 * for the next one.
 */
import type { MemberDoc, OutboxDoc } from '../../types/entities'
import type { DeliveryTally, NoticeDoc } from '../../types/notice'
import { NOTICE_TEMPLATE_OF } from '../../types/notice/labels'
import type { StationCtx } from '../_kernel/action'
import { command, inList } from '../_kernel/query'
import { notify } from '../_kernel/wechat/subscriptions'
import { membersReached } from './target'
import { detailPath } from './views'

/** Recipients per call: each is a consent update, a send and an outbox record (~60 ms in the cloud). */
export const BATCH = 60

export const emptyTally = (): DeliveryTally => ({ sent: 0, noConsent: 0, failed: 0, offline: 0 })

/** 2026年11月20日 10:00 (China time), as a template `time` field wants it. */
function chinaTime(d: Date): string {
  const c = new Date(new Date(d).getTime() + 8 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日 ${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`
}

export function messageOf(ctx: StationCtx, notice: NoticeDoc, tip: string) {
  return {
    template: NOTICE_TEMPLATE_OF[notice.category],
    data: {
      thing1: notice.title,
      thing2: `${notice.authorTitle} ${notice.authorName}`,
      time3: chinaTime(notice.createdAt),
      thing4: tip,
    },
    page: detailPath(ctx.station, notice._id),
  }
}

export function tallyOf(outcomes: (OutboxDoc | null)[]): DeliveryTally {
  const tally = emptyTally()
  for (const o of outcomes) if (o && o.status !== 'sending') tally[o.status]++
  return tally
}

/** Sends the next batch of the notice's messages to subscribers; answers the tally so far. */
export async function deliverBatch(
  ctx: StationCtx,
  notice: NoticeDoc,
): Promise<DeliveryTally & { done: boolean }> {
  const current = notice.delivery
  if (current.done || notice.status !== 'published') return { ...pick(current), done: true }
  const key = NOTICE_TEMPLATE_OF[notice.category]
  const subs = await ctx.db.subscriptions.find(
    { template: key, available: command().gt(0), memberId: command().gt(current.cursor) },
    { orderBy: [['memberId', 'asc']], limit: BATCH },
  )
  const done = subs.length < BATCH
  const cursor = subs.length ? subs[subs.length - 1].memberId : current.cursor
  // Claim the batch: only the call that moves the cursor from where it was sends it.
  const claimed = await ctx.db.notices.updateById(
    notice._id,
    { 'delivery.cursor': cursor, 'delivery.done': done, updatedAt: ctx.now },
    { 'delivery.cursor': current.cursor, 'delivery.done': false },
  )
  if (!claimed) {
    const now = await ctx.db.notices.byId(notice._id)
    return { ...pick(now?.delivery ?? current), done: now?.delivery.done ?? true }
  }
  const tally = await sendTo(
    ctx,
    notice,
    await recipients(
      ctx,
      notice,
      subs.map((s) => s.memberId),
    ),
  )
  if (Object.values(tally).some((n) => n > 0))
    await ctx.db.notices.updateById(notice._id, {
      'delivery.sent': command().inc(tally.sent),
      'delivery.noConsent': command().inc(tally.noConsent),
      'delivery.failed': command().inc(tally.failed),
      'delivery.offline': command().inc(tally.offline),
    })
  const total = pick(current)
  for (const k of Object.keys(total) as (keyof DeliveryTally)[]) total[k] += tally[k]
  return { ...total, done }
}

const pick = (d: DeliveryTally): DeliveryTally => ({
  sent: d.sent,
  noConsent: d.noConsent,
  failed: d.failed,
  offline: d.offline,
})

/** Verified residents of the target among these members (never the author: they wrote it). */
async function recipients(ctx: StationCtx, notice: NoticeDoc, memberIds: string[]): Promise<MemberDoc[]> {
  if (memberIds.length === 0) return []
  const members = await ctx.db.members.find(
    { _id: inList(memberIds), status: 'verified' },
    { limit: memberIds.length },
  )
  return membersReached(
    ctx,
    notice,
    members.filter((m) => m._id !== notice.authorId),
  )
}

async function sendTo(ctx: StationCtx, notice: NoticeDoc, members: MemberDoc[]): Promise<DeliveryTally> {
  const message = messageOf(ctx, notice, '点开查看通知全文')
  const outcomes: (OutboxDoc | null)[] = []
  for (const m of members)
    outcomes.push(
      await notify(ctx, {
        to: m,
        ...message,
        summary: `新通知「${notice.title}」`,
        key: `notice:${notice._id}`,
      }),
    )
  return tallyOf(outcomes)
}
