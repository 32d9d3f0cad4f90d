import { noticeContract } from '../../../types/notice'
import { actionsOf } from '../../_kernel/action'
import { forbidden } from '../../_kernel/errors'
import { isAuthorOrStaff, managedNotice, MANAGER_ROLES } from '../access'

/**
 * The author (or staff) takes a notice down: residents no longer see it, shared cards say so, and
 * its read receipts stay for the author. Withdrawing twice answers the same.
 */
export const withdraw = actionsOf<'notice'>(noticeContract).station('withdraw', {
  access: { roles: MANAGER_ROLES },
  async run(ctx, { noticeId }) {
    const notice = await managedNotice(ctx, noticeId)
    if (!isAuthorOrStaff(ctx, notice)) throw forbidden('只有发布人或驿站工作人员可以撤回这条通知')
    if (notice.status === 'withdrawn') return { noticeId, status: 'withdrawn' as const }
    const changed = await ctx.db.notices.updateById(
      noticeId,
      { status: 'withdrawn', withdrawnAt: ctx.now, withdrawnBy: ctx.member!._id, updatedAt: ctx.now },
      { status: 'published' },
    )
    if (changed)
      await ctx.audit({
        action: 'notice.withdraw',
        targetType: 'notice',
        targetId: noticeId,
        summary: `撤回通知「${notice.title}」`,
      })
    return { noticeId, status: 'withdrawn' as const }
  },
})
