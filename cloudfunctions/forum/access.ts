/**
 * Who is who in 邻里夜话. Station staff (站长, 副站长, 工作人员) run the forum and always see who wrote
 * a topic; a side's representative (三方代表, `sideRep` with `member.side`) works on the topics
 * assigned to that side and, like every resident, does not see the author of an anonymous topic:
 * someone complaining about the property company anonymously must stay anonymous to it.
 */
import type { GrantedRole, Side } from '../../types/entities'
import type { TopicDoc } from '../../types/forum/entities'
import type { Capacity } from '../../types/forum/flow'
import type { StationCtx } from '../_kernel/action'
import { isStaff, STAFF_ROLES } from '../_kernel/roles'

export { STAFF_ROLES }
/** Staff and the sides' representatives: the handling queues. */
export const HANDLER_ROLES: readonly GrantedRole[] = [...STAFF_ROLES, 'sideRep']

/** The person reading or acting: the member a stand-in acts for, when there is one. */
export interface Viewer {
  memberId: string | null
  staff: boolean
  /** The side they represent, or null. */
  side: Side | null
  /** The 站长: escalations are theirs. */
  head: boolean
}

export function viewerOf(ctx: Pick<StationCtx, 'member' | 'roles'>): Viewer {
  const member = ctx.member
  return {
    memberId: member?._id ?? null,
    staff: isStaff(ctx.roles),
    side: ctx.roles.has('sideRep') ? (member?.side ?? null) : null,
    head: ctx.roles.has('stationHead'),
  }
}

/** Hidden topics (moderation) exist only for staff and their own author. */
export function maySee(viewer: Viewer, topic: Pick<TopicDoc, 'hidden' | 'authorId'>): boolean {
  return !topic.hidden || viewer.staff || topic.authorId === viewer.memberId
}

export function capacityOf(viewer: Viewer, topic: Pick<TopicDoc, 'authorId'>, supported: boolean): Capacity {
  const author = viewer.memberId !== null && topic.authorId === viewer.memberId
  return { author, supporter: supported && !author, staff: viewer.staff, side: viewer.side }
}
