import type { CommitmentDoc } from '../../../types/forum/entities'
import { forumContract } from '../../../types/forum'
import { actionsOf } from '../../_kernel/action'
import { conflict, invalid, isDuplicateKey } from '../../_kernel/errors'
import { inList } from '../../_kernel/query'
import { chinaDayEnd } from '../../_kernel/time'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { STAFF_ROLES } from '../access'
import { derivedId } from '../../../types/forum/ids'
import { sessionDetail, sessionOf } from '../sessions'

/**
 * After a session, staff record its minutes (纪要); every commitment in them becomes a tracked
 * item with a responsible side and a due date on the public board until it is done. Recording
 * again updates the text and adds new commitments; one already recorded is not added twice.
 */
export const recordMinutes = actionsOf<'forum'>(forumContract).station('recordMinutes', {
  access: { roles: STAFF_ROLES },
  async run(ctx, { sessionId, minutes, commitments }) {
    const session = await sessionOf(ctx, sessionId)
    if (session.status === 'cancelled') throw conflict('这场夜话会已取消')
    if (new Date(session.startAt) > ctx.now) throw conflict('夜话会还没开始，开完会再记录纪要')
    await checkTexts(
      ctx,
      [
        { field: 'minutes', text: minutes },
        ...commitments.map((c, i) => ({ field: `commitments.${i}`, text: c.text })),
      ],
      SCENE.forum,
    )
    const topicIds = [...new Set(commitments.flatMap((c) => (c.topicId ? [c.topicId] : [])))]
    const known = topicIds.length ? await ctx.db.topics.count({ _id: inList(topicIds) }) : 0
    if (known !== topicIds.length) {
      const i = commitments.findIndex((c) => c.topicId)
      throw invalid(`commitments.${i}.topicId`, '承诺事项关联的议题不存在')
    }
    const docs: CommitmentDoc[] = commitments.map((c) => ({
      _id: derivedId('cm', sessionId, c.text, c.side, c.dueDate),
      stationId: ctx.station._id,
      sessionId,
      sessionTitle: session.title,
      topicId: c.topicId ?? null,
      text: c.text,
      side: c.side,
      dueDate: c.dueDate,
      dueAt: chinaDayEnd(c.dueDate),
      status: 'open',
      doneAt: null,
      doneNote: '',
      doneBy: '',
      createdAt: ctx.now,
    }))
    let added = 0
    for (const { stationId: _s, ...doc } of docs) {
      try {
        await ctx.db.commitments.insert(doc)
        added++
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
      }
    }
    const saved = await ctx.db.talkSessions.patch(session, {
      minutes,
      minutesAt: ctx.now,
      minutesBy: ctx.member!.name,
      updatedAt: ctx.now,
    })
    await ctx.audit({
      action: 'forum.recordMinutes',
      targetType: 'talkSession',
      targetId: sessionId,
      summary: `记录夜话会「${session.title}」纪要，新增承诺事项${added}项`,
    })
    return sessionDetail(ctx, saved)
  },
})
