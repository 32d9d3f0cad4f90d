import { volunteerContract } from '../../../types/volunteer'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { command, inList } from '../../_kernel/query'
import { cardsOf } from '../detail'
import { checkinId } from '../ids'
import { waitPosition } from '../places'
import { toAttendance, toMySignup } from '../views'

/**
 * My activities: those I signed up for (upcoming), or those I signed up for or attended (past),
 * with my place, attendance, minutes and confirmed hours.
 */
export const mySignups = actionsOf<'volunteer'>(volunteerContract).station('mySignups', {
  access: 'verified',
  proxy: true,
  label: '查看我的活动',
  async run(ctx, { when, skip, limit }) {
    const me = ctx.member!._id
    const ahead = when === 'upcoming'
    const filter = {
      memberId: me,
      status: inList(['signedUp', 'waitlisted']),
      activityStart: ahead ? command().gte(startOfToday(ctx.now)) : command().lt(startOfToday(ctx.now)),
    }
    // Past: what I attended counts too, signed up or not (walk-ins), so read attendance by member.
    const source = ahead ? ctx.db.signups : ctx.db.checkins
    const pastFilter = { memberId: me, activityStart: command().lt(ctx.now) }
    const rows = await source.find(ahead ? filter : pastFilter, {
      orderBy: [['activityStart', ahead ? 'asc' : 'desc']],
      skip,
      limit,
    })
    const total = await source.count(ahead ? filter : pastFilter)
    const ids = rows.map((r) => r.activityId)
    const [activities, signups, checkins] = await Promise.all([
      ctx.db.activities.find({ _id: inList(ids) }, { limit }),
      ctx.db.signups.find({ memberId: me, activityId: inList(ids) }, { limit }),
      ctx.db.checkins.find({ _id: inList(ids.map((a) => checkinId(ctx.station._id, a, me))) }, { limit }),
    ])
    const cards = new Map((await cardsOf(ctx, activities)).map((c) => [c.activityId, c]))
    const items = []
    for (const activityId of ids) {
      const card = cards.get(activityId)
      if (!card) continue
      const signup = signups.find((s) => s.activityId === activityId && s.status !== 'cancelled')
      const attendance = checkins.find((c) => c.activityId === activityId)
      items.push({
        activity: card,
        mine: signup ? toMySignup(signup, await waitPosition(ctx, signup)) : null,
        attendance: attendance ? toAttendance(attendance) : null,
      })
    }
    return pageOf(items, total, skip, limit)
  },
})

/** Today's activities stay under "upcoming" all day. */
function startOfToday(now: Date): Date {
  const china = 8 * 3600 * 1000
  const day = 24 * 3600 * 1000
  return new Date(Math.floor((now.getTime() + china) / day) * day - china)
}
