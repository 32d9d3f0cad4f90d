import { volunteerContract } from '../../../types/volunteer'
import type { CorrectionDoc } from '../../../types/volunteer/entities'
import { actionsOf } from '../../_kernel/action'
import { AppError, invalid, notFound } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { toCorrection } from '../views'

/**
 * Confirmed hours change only through a request the volunteer makes and staff decide. One request
 * per attendance at a time: the attendance is marked in the same conditional update that admits
 * the request, so a double tap makes one.
 */
export const requestCorrection = actionsOf<'volunteer'>(volunteerContract).station('requestCorrection', {
  access: 'verified',
  async run(ctx, { checkinId, minutes, reason }) {
    const me = ctx.member!
    const c = await ctx.db.checkins.byId(checkinId)
    if (!c || c.memberId !== me._id) throw notFound('没有找到您的这条服务记录')
    if (c.status !== 'confirmed') throw new AppError('CONFLICT', '组织者确认时长以后才能申请更正')
    if (minutes === c.confirmedMinutes) throw invalid('minutes', '更正后的时长和现在一样')
    await checkTexts(ctx, [{ field: 'reason', text: reason }], SCENE.comment)
    const admitted = await ctx.db.checkins.updateById(
      c._id,
      { correctionPending: true, updatedAt: ctx.now },
      { correctionPending: false, status: 'confirmed', memberId: me._id },
    )
    if (!admitted) {
      const pending = await ctx.db.corrections.findOne({ checkinId: c._id, status: 'pending' })
      if (pending) return toCorrection(pending)
      throw new AppError('CONFLICT', '这条记录已有更正申请在审核中')
    }
    const doc: CorrectionDoc = {
      _id: newId(),
      stationId: ctx.station._id,
      checkinId: c._id,
      activityId: c.activityId,
      activityTitle: c.activityTitle,
      memberId: me._id,
      memberName: me.name,
      fromMinutes: c.confirmedMinutes,
      toMinutes: minutes,
      reason,
      status: 'pending',
      decidedBy: null,
      decidedByName: '',
      decisionNote: '',
      createdAt: ctx.now,
      decidedAt: null,
    }
    try {
      await ctx.db.corrections.insert(doc)
    } catch (err) {
      await ctx.db.checkins.updateById(c._id, { correctionPending: false })
      throw err
    }
    return toCorrection(doc)
  },
})
