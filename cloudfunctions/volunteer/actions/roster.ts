import { volunteerContract } from '../../../types/volunteer'
import type { CheckinDoc, SignupDoc } from '../../../types/volunteer/entities'
import type { RosterRow } from '../../../types/volunteer/views'
import { actionsOf } from '../../_kernel/action'
import { pageOf } from '../../_kernel/paging'
import { inList } from '../../_kernel/query'
import { managedActivity, ORGANISER_ROLES } from '../access'
import { waitlistOrder } from '../places'
import { toAttendance } from '../views'

/**
 * The organiser's lists for one activity, a page at a time: who signed up, the waitlist in its
 * order, or attendance (check-in, check-out, minutes, confirmed) — with the counts of each.
 */
export const roster = actionsOf<'volunteer'>(volunteerContract).station('roster', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, { activityId, list, skip, limit }) {
    const activity = await managedActivity(ctx, activityId)
    const a = { activityId: activity._id }
    const [signedUp, waitlisted, checkedIn, checkedOut, confirmed] = await Promise.all([
      ctx.db.signups.count({ ...a, status: 'signedUp' }),
      ctx.db.signups.count({ ...a, status: 'waitlisted' }),
      ctx.db.checkins.count(a),
      ctx.db.checkins.count({ ...a, status: 'out' }),
      ctx.db.checkins.count({ ...a, status: 'confirmed' }),
    ])
    const counts = { signedUp, waitlisted, checkedIn, checkedOut, confirmed }
    if (list === 'attendance') {
      const rows = await ctx.db.checkins.find(a, {
        orderBy: [
          ['checkInAt', 'asc'],
          ['_id', 'asc'],
        ],
        skip,
        limit,
      })
      const signups = await byMember(
        ctx.db.signups.find({ ...a, memberId: inList(rows.map((r) => r.memberId)) }, { limit }),
      )
      const items = rows.map((c) => row(c.memberId, c.memberName, signups.get(c.memberId) ?? null, null, c))
      return { ...pageOf(items, checkedIn, skip, limit), counts }
    }
    const status = list
    const rows = await ctx.db.signups.find(
      { ...a, status },
      {
        orderBy:
          status === 'waitlisted'
            ? waitlistOrder()
            : [
                ['joinedAt', 'asc'],
                ['_id', 'asc'],
              ],
        skip,
        limit,
      },
    )
    const checkins = await byMember(
      ctx.db.checkins.find({ ...a, memberId: inList(rows.map((r) => r.memberId)) }, { limit }),
    )
    const items = rows.map((s, i) =>
      row(
        s.memberId,
        s.memberName,
        s,
        status === 'waitlisted' ? skip + i + 1 : null,
        checkins.get(s.memberId) ?? null,
      ),
    )
    return { ...pageOf(items, status === 'signedUp' ? signedUp : waitlisted, skip, limit), counts }
  },
})

async function byMember<T extends { memberId: string }>(docs: Promise<T[]>): Promise<Map<string, T>> {
  return new Map((await docs).map((d) => [d.memberId, d]))
}

function row(
  memberId: string,
  name: string,
  signup: SignupDoc | null,
  waitPosition: number | null,
  attendance: CheckinDoc | null,
): RosterRow {
  return {
    memberId,
    name,
    signup: signup?.status ?? null,
    waitPosition,
    byName: signup?.byName ?? '',
    attendance: attendance ? toAttendance(attendance) : null,
  }
}
