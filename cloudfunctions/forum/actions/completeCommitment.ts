import { forumContract } from '../../../types/forum'
import { SIDE_LABELS } from '../../../types/labels'
import { actionsOf } from '../../_kernel/action'
import { forbidden, notFound } from '../../_kernel/errors'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { HANDLER_ROLES, viewerOf } from '../access'
import { toCommitment } from '../sessions'

/** Staff, or the responsible side's representative, mark a commitment done with what was done. */
export const completeCommitment = actionsOf<'forum'>(forumContract).station('completeCommitment', {
  access: { roles: HANDLER_ROLES },
  async run(ctx, { commitmentId, note }) {
    const viewer = viewerOf(ctx)
    const commitment = await ctx.db.commitments.byId(commitmentId)
    if (!commitment) throw notFound('没有找到这项承诺事项')
    if (!viewer.staff && viewer.side !== commitment.side)
      throw forbidden(
        `这项承诺由${SIDE_LABELS[commitment.side]}负责，只有${SIDE_LABELS[commitment.side]}代表或驿站可以办结`,
      )
    if (commitment.status === 'done') return toCommitment(commitment, ctx.now)
    await checkTexts(ctx, [{ field: 'note', text: note }], SCENE.forum)
    const done = await ctx.db.commitments.patch(
      commitment,
      { status: 'done', doneAt: ctx.now, doneNote: note, doneBy: ctx.member!.name },
      { status: 'open' },
    )
    await ctx.audit({
      action: 'forum.completeCommitment',
      targetType: 'commitment',
      targetId: commitmentId,
      summary: `承诺事项「${commitment.text}」已办结：${note}`,
    })
    return toCommitment(done, ctx.now)
  },
})
