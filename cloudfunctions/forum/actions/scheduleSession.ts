import { forumContract } from '../../../types/forum'
import { SIDE_LABELS } from '../../../types/labels'
import { actionsOf } from '../../_kernel/action'
import { invalid } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { chinaDate, chinaDayStart } from '../../_kernel/time'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { STAFF_ROLES } from '../access'
import { agendaOf, sessionDetail } from '../sessions'

const at = (day: string, time: string) => {
  const [h, m] = time.split(':').map(Number)
  return new Date(chinaDayStart(day).getTime() + (h * 60 + m) * 60000)
}

/** Staff schedule an evening session: when, where, hosts from the sides, and its agenda. */
export const scheduleSession = actionsOf<'forum'>(forumContract).station('scheduleSession', {
  access: { roles: STAFF_ROLES },
  async run(ctx, input) {
    if (input.date < chinaDate(ctx.now)) throw invalid('date', '日期不能早于今天')
    const startAt = at(input.date, input.start)
    const endAt = at(input.date, input.end)
    if (endAt <= startAt) throw invalid('end', '结束时间应晚于开始时间')
    await checkTexts(
      ctx,
      [
        { field: 'title', text: input.title },
        { field: 'place', text: input.place },
        ...input.hosts.map((h, i) => ({ field: `hosts.${i}`, text: h.name })),
      ],
      SCENE.forum,
    )
    const agenda = await agendaOf(ctx, input.topicIds)
    const doc = await ctx.db.talkSessions.insert({
      _id: newId(),
      title: input.title,
      startAt,
      endAt,
      place: input.place,
      hosts: input.hosts,
      agenda,
      status: 'scheduled',
      signupCount: 0,
      checkinCount: 0,
      minutes: '',
      minutesAt: null,
      minutesBy: '',
      createdBy: ctx.member!._id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    await ctx.audit({
      action: 'forum.scheduleSession',
      targetType: 'talkSession',
      targetId: doc._id,
      summary: `安排夜话会「${doc.title}」${input.date} ${input.start}，${doc.place}（${input.hosts
        .map((h) => `${SIDE_LABELS[h.side]}${h.name}`)
        .join('、')}）`,
    })
    return sessionDetail(ctx, doc)
  },
})
