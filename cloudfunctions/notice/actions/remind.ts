import type { MemberDoc, OutboxDoc } from '../../../types/entities'
import { noticeContract } from '../../../types/notice'
import type { NoticeDoc, ReminderRecord, ReminderResult } from '../../../types/notice'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { conflict } from '../../_kernel/errors'
import { command } from '../../_kernel/query'
import { notify } from '../../_kernel/wechat/subscriptions'
import { managedNotice, MANAGER_ROLES } from '../access'
import { messageOf, tallyOf } from '../delivery'
import { checkBuilding, consenting, reachByOf, rollOf } from '../households'
import type { BuildingRoll } from '../households'
import { toReminderView } from '../receipts'

/**
 * The one reminder a building gets for a notice, sent only to the households that have not read
 * it: a message to each of their people who allowed this category; an elder without a phone is
 * recorded for their stand-in to tell; every other household is left on the building head's
 * door-to-door list. The reminder is claimed on the notice before anything is sent, so asking
 * twice (or two heads at once) sends it once and answers that first reminder.
 */
export const remind = actionsOf<'notice'>(noticeContract).station('remind', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { noticeId, buildingId }) {
    const notice = await managedNotice(ctx, noticeId)
    checkBuilding(ctx, notice, buildingId)
    if (notice.reminders[buildingId])
      return { ...toReminderView(notice.reminders[buildingId]), already: true }
    if (notice.status !== 'published') throw conflict('这条通知已经撤回，不能再提醒')
    const roll = await rollOf(ctx, notice, buildingId)
    const unread = roll.targeted.filter((id) => !roll.reads.has(id))
    const claim: ReminderRecord = {
      at: ctx.now,
      byId: ctx.member!._id,
      byName: ctx.member!.name,
      unread: unread.length,
      messaged: 0,
      toVisit: 0,
      tally: { sent: 0, noConsent: 0, failed: 0, offline: 0 },
    }
    const path = `reminders.${buildingId}`
    if (
      !(await ctx.db.notices.updateById(noticeId, { [path]: claim }, { [path]: command().exists(false) }))
    ) {
      const now = await ctx.db.notices.byId(noticeId)
      return { ...toReminderView(now!.reminders[buildingId]), already: true }
    }
    const record = { ...claim, ...(await send(ctx, notice, roll, unread)) }
    await ctx.db.notices.updateById(noticeId, { [path]: record, updatedAt: ctx.now })
    await ctx.audit({
      action: 'notice.remind',
      targetType: 'notice',
      targetId: noticeId,
      summary: `提醒${roll.buildingName}未读的${record.unread}户「${notice.title}」：消息送达${record.messaged}户，需上门${record.toVisit}户`,
    })
    const result: ReminderResult = { ...toReminderView(record), already: false }
    return result
  },
})

async function send(
  ctx: StationCtx,
  notice: NoticeDoc,
  roll: BuildingRoll,
  unread: string[],
): Promise<Pick<ReminderRecord, 'messaged' | 'toVisit' | 'tally'>> {
  const consent = await consenting(
    ctx,
    notice,
    unread.flatMap((id) => roll.people.get(id) ?? []),
  )
  const message = messageOf(ctx, notice, '您还没有查看这条通知')
  const outcomes: (OutboxDoc | null)[] = []
  let messaged = 0
  let toVisit = 0
  for (const id of unread) {
    const people = roll.people.get(id) ?? []
    const reach = reachByOf(people, consent)
    const to: MemberDoc[] = people.filter((m) => (reach === 'message' ? consent.has(m._id) : m.offline))
    const sent: (OutboxDoc | null)[] = []
    for (const m of to)
      sent.push(
        await notify(ctx, {
          to: m,
          ...message,
          summary: `提醒查看「${notice.title}」`,
          key: `notice-remind:${notice._id}`,
        }),
      )
    outcomes.push(...sent)
    if (sent.some((o) => o?.status === 'sent')) messaged++
    else toVisit++
  }
  return { messaged, toVisit, tally: tallyOf(outcomes) }
}
