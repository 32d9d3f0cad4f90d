/**
 * Who hears what (subscription messages, types/subscriptions.ts): the wisher when their wish is
 * claimed, given back or fulfilled; the helper when it is confirmed; staff when a wisher
 * disputes. A wisher without a phone (王奶奶) is told through whoever posted for them. Messages
 * never carry the contact or the address. A failed message never undoes the move it reports.
 */
import type { MemberDoc } from '../../types/entities'
import type { TemplateKey } from '../../types/subscriptions'
import type { WishDoc } from '../../types/wish/entities'
import type { StationCtx } from '../_kernel/action'
import { inList } from '../_kernel/query'
import { STAFF_ROLES } from '../_kernel/roles'
import { notify } from '../_kernel/wechat/subscriptions'

export type NoticeCtx = Pick<StationCtx, 'db' | 'now' | 'station'>

const pageOf = (wish: WishDoc) => `packages/wish/detail/index?id=${wish._id}`

/** The wisher, and for someone without a phone also the person who posted for them. */
async function wisherSide(ctx: NoticeCtx, wish: WishDoc): Promise<MemberDoc[]> {
  const ids = [...new Set([wish.wisherId, wish.postedById])]
  const people = await ctx.db.members.find({ _id: inList(ids) }, { limit: ids.length })
  const wisher = people.find((m) => m._id === wish.wisherId)
  if (!wisher) return []
  return wisher.offline ? people : [wisher]
}

type WisherTemplate = Extract<TemplateKey, 'wishClaimed' | 'wishReleased' | 'wishFulfilled'>

/** `stamp` tells one claim (or fulfilment) from the next, so a retried call sends nothing twice. */
export async function tellWisher(
  ctx: NoticeCtx,
  wish: WishDoc,
  template: WisherTemplate,
  stamp: Date | null,
  data: Record<string, string>,
  summary: string,
) {
  await safely(async () => {
    for (const to of await wisherSide(ctx, wish))
      await notify(ctx, {
        to,
        template,
        data: { thing1: wish.title, ...data },
        page: pageOf(wish),
        summary,
        key: `wish:${wish._id}:${template}:${stamp ? new Date(stamp).getTime() : 0}`,
      })
  })
}

export async function tellClaimer(ctx: NoticeCtx, wish: WishDoc) {
  if (!wish.claimerId) return
  await safely(async () => {
    const to = await ctx.db.members.byId(wish.claimerId!)
    if (!to) return
    await notify(ctx, {
      to,
      template: 'wishConfirmed',
      data: { thing1: wish.title, number2: String(wish.points), thing3: wish.thanks || '感谢您的帮助' },
      page: pageOf(wish),
      summary: `心愿「${wish.title}」已确认实现，${to.name} 获得 ${wish.points} 积分`,
      key: `wish:${wish._id}:wishConfirmed`,
    })
  })
}

export async function tellStaff(ctx: NoticeCtx, wish: WishDoc, who: string) {
  await safely(async () => {
    const staff = await ctx.db.members.find(
      { status: 'verified', roles: inList([...STAFF_ROLES]) },
      { limit: 20 },
    )
    for (const to of staff)
      await notify(ctx, {
        to,
        template: 'wishDisputed',
        data: { thing1: wish.title, thing2: who, thing3: wish.disputeReason },
        page: pageOf(wish),
        summary: `心愿「${wish.title}」有异议，请到心愿管理处理`,
        key: `wish:${wish._id}:wishDisputed:${wish.disputedAt ? new Date(wish.disputedAt).getTime() : 0}`,
      })
  })
}

async function safely(send: () => Promise<void>) {
  try {
    await send()
  } catch (err) {
    console.error(
      JSON.stringify({ level: 'warn', where: 'wish notices', error: String((err as Error)?.stack ?? err) }),
    )
  }
}
