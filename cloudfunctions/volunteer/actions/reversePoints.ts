import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { AppError, notFound } from '../../_kernel/errors'
import { postPoints } from '../../_kernel/ledger'
import { STAFF_ROLES } from '../../_kernel/roles'
import { bumpService } from '../counters'
import { toEntry } from '../views'

/**
 * Staff correct points only by reversing an entry that was wrong, with a reason: a new entry of
 * the opposite amount (entries are never edited), applied once however often it is asked for.
 * Reversing an attendance award takes the points off that attendance's figures too. A balance
 * never goes below zero, so points already spent cannot be reversed. Audited.
 */
export const reversePoints = actionsOf<'volunteer'>(volunteerContract).station('reversePoints', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { entryId, reason }) {
    const entry = await ctx.db.pointsLedger.byId(entryId)
    if (!entry) throw notFound('没有找到这条积分记录')
    if (entry.delta <= 0 || entry.refType === 'reversal')
      throw new AppError('CONFLICT', '只能冲正发放积分的记录')
    const { entry: reversal, applied } = await ctx.transaction(async (tx) => {
      const posted = await postPoints(
        tx,
        {
          memberId: entry.memberId,
          delta: -entry.delta,
          reason: `冲正：${entry.reason}（${reason}）`,
          refType: 'reversal',
          refId: entry._id,
          idempotencyKey: `reverse:${entry._id}`,
          byMemberId: ctx.member!._id,
        },
        ctx.now,
      )
      if (posted.applied && entry.refType === 'activity') {
        const c = await tx.get('checkins', entry.refId)
        if (c && c.status === 'confirmed') {
          const after = { ...c, points: Math.max(0, c.points - entry.delta) }
          await tx.updateRead('checkins', c._id, { points: after.points, updatedAt: ctx.now })
          await bumpService(tx, c, after)
        }
      }
      return posted
    })
    if (applied) {
      const person = await ctx.db.members.byId(entry.memberId)
      await ctx.audit({
        action: 'volunteer.reversePoints',
        targetType: 'pointsEntry',
        targetId: entry._id,
        summary: `冲正 ${person?.name ?? entry.memberId} 的 ${entry.delta} 积分（${entry.reason}）：${reason}`,
      })
    }
    return toEntry(reversal)
  },
})
