/**
 * Who may see a notice and who may manage it. A verified resident sees a notice only when it was
 * posted to their household's building (or unit) or to the whole station — in every answer, the
 * list and an opened card alike. Staff manage every notice; a building head manages those they
 * posted and those reaching a building they head (they go door to door there), limited to those
 * buildings. Someone not verified yet (a guest who opened a card, a waiting registration) may read
 * a notice they hold the card of, and is invited to register.
 */
import type { NoticeDoc, NoticeViewer } from '../../types/notice'
import { buildingScope, inScope } from '../../types/station/scope'
import type { StationCtx } from '../_kernel/action'
import { notFound } from '../_kernel/errors'
import { isStaff } from '../_kernel/roles'
import { reachesMember } from './target'

export const MANAGER_ROLES = ['stationHead', 'deputyHead', 'staff', 'buildingHead'] as const

/** The buildings of this notice the caller may see receipts of (every one for staff and the author). */
export function managedBuildings(
  ctx: StationCtx,
  notice: Pick<NoticeDoc, 'buildingIds' | 'authorId'>,
): string[] {
  if (isStaff(ctx.roles) || notice.authorId === ctx.member?._id) return notice.buildingIds
  if (!ctx.roles.has('buildingHead')) return []
  const scope = buildingScope(ctx.member, ctx.roles)
  return notice.buildingIds.filter((b) => inScope(scope, b))
}

export function canManage(ctx: StationCtx, notice: Pick<NoticeDoc, 'buildingIds' | 'authorId'>): boolean {
  return managedBuildings(ctx, notice).length > 0
}

/** The notice for someone who manages it; NOT_FOUND otherwise (its existence is not theirs to know). */
export async function managedNotice(ctx: StationCtx, noticeId: string): Promise<NoticeDoc> {
  const notice = await ctx.db.notices.byId(noticeId)
  if (!notice || !canManage(ctx, notice)) throw notFound('没有找到这条通知，或它不在您负责的楼栋')
  return notice
}

/** May only the author or staff do this (withdraw, send on)? */
export function isAuthorOrStaff(ctx: StationCtx, notice: Pick<NoticeDoc, 'authorId'>): boolean {
  return isStaff(ctx.roles) || notice.authorId === ctx.member?._id
}

/** How the caller sees this notice, or null when they may not see it at all. */
export async function viewerOf(ctx: StationCtx, notice: NoticeDoc): Promise<NoticeViewer | null> {
  const m = ctx.member
  if (m && (m.status === 'verified' || m.status === 'pending')) {
    const reached = m.householdId ? await reachesMember(ctx, notice, m) : false
    if (m.status === 'pending') return reached && notice.status === 'published' ? 'pending' : null
    if (reached && notice.status === 'published') return 'resident'
    return canManage(ctx, notice) ? 'manager' : null
  }
  return notice.status === 'published' ? 'guest' : null
}
