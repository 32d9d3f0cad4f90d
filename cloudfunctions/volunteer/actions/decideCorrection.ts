import { volunteerContract } from '../../../types/volunteer'
import type { ActivityDoc, CorrectionDoc } from '../../../types/volunteer/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { notFound } from '../../_kernel/errors'
import { postPoints } from '../../_kernel/ledger'
import { STAFF_ROLES } from '../../_kernel/roles'
import { notify } from '../../_kernel/wechat/subscriptions'
import { bumpService } from '../counters'
import { hoursText } from '../../../types/volunteer/labels'
import { pointsFor } from '../rules'
import { toCorrection } from '../views'

/**
 * Staff approve or reject an hours correction. Approving changes the confirmed minutes and moves
 * the points by the difference the activity's rule gives (a reversing entry when fewer), with the
 * figures, in one transaction; deciding twice answers the first decision. The volunteer is told.
 */
export const decideCorrection = actionsOf<'volunteer'>(volunteerContract).station('decideCorrection', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { requestId, decision, note }) {
    const request = await ctx.db.corrections.byId(requestId)
    if (!request) throw notFound('没有找到这条更正申请')
    if (request.status !== 'pending') return toCorrection(request)
    const activity = await ctx.db.activities.byId(request.activityId)
    if (!activity) throw notFound('这条记录的活动已不存在')
    const decided =
      decision === 'approve' ? await approve(ctx, request, activity, note) : await reject(ctx, request, note)
    if (decided.status === request.status) return toCorrection(decided)
    await ctx.audit({
      action: 'volunteer.decideCorrection',
      targetType: 'checkin',
      targetId: request.checkinId,
      summary: `${decision === 'approve' ? '同意' : '驳回'} ${request.memberName} 的时长更正（「${request.activityTitle}」${hoursText(request.fromMinutes)} → ${hoursText(request.toMinutes)}）${note ? `：${note}` : ''}`,
    })
    await tell(ctx, decided)
    return toCorrection(decided)
  },
})

function decidedFields(ctx: StationCtx, status: 'approved' | 'rejected', note: string) {
  return {
    status,
    decidedBy: ctx.member!._id,
    decidedByName: ctx.member!.name,
    decisionNote: note,
    decidedAt: ctx.now,
  }
}

async function approve(ctx: StationCtx, request: CorrectionDoc, activity: ActivityDoc, note: string) {
  return ctx.transaction(async (tx) => {
    const r = await tx.get('corrections', request._id)
    const c = await tx.get('checkins', request.checkinId)
    if (!r || r.status !== 'pending' || !c) return r ?? request
    const diff = Math.max(
      pointsFor(activity.points, r.toMinutes) - pointsFor(activity.points, c.confirmedMinutes),
      -c.points,
    )
    const after = { ...c, confirmedMinutes: r.toMinutes, points: c.points + diff }
    await tx.updateRead('checkins', c._id, {
      confirmedMinutes: after.confirmedMinutes,
      points: after.points,
      correctionPending: false,
      updatedAt: ctx.now,
    })
    if (diff !== 0) {
      await postPoints(
        tx,
        {
          memberId: c.memberId,
          delta: diff,
          reason: `服务时长更正「${c.activityTitle}」`,
          refType: 'activity',
          refId: c._id,
          idempotencyKey: `correction:${r._id}`,
          byMemberId: ctx.member!._id,
        },
        ctx.now,
      )
    }
    await bumpService(tx, c, after)
    const fields = decidedFields(ctx, 'approved', note)
    await tx.updateRead('corrections', r._id, fields)
    return { ...r, ...fields }
  })
}

async function reject(ctx: StationCtx, request: CorrectionDoc, note: string): Promise<CorrectionDoc> {
  const fields = decidedFields(ctx, 'rejected', note)
  const saved = await ctx.db.corrections.patch(request, fields, { status: 'pending' })
  if (saved.status === 'rejected' && saved.decidedAt === fields.decidedAt)
    await ctx.db.checkins.updateById(request.checkinId, { correctionPending: false, updatedAt: ctx.now })
  return saved
}

async function tell(ctx: StationCtx, r: CorrectionDoc) {
  const person = await ctx.db.members.byId(r.memberId)
  if (!person) return
  await notify(ctx, {
    to: person,
    template: 'correctionDecision',
    data: {
      thing1: r.activityTitle,
      phrase2: r.status === 'approved' ? '已同意' : '未同意',
      thing3: r.decisionNote || (r.status === 'approved' ? `更正为${hoursText(r.toMinutes)}` : '—'),
    },
    page: 'packages/volunteer/mine/index',
    summary: `${person.name} 的时长更正${r.status === 'approved' ? '已同意' : '未同意'}`,
    key: `correction:${r._id}`,
  })
}
