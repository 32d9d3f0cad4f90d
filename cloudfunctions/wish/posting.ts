/** Who a new wish is for, how to reach them, and where they live: the rules `post` applies. */
import type { MemberDoc } from '../../types/entities'
import type { PostedVia } from '../../types/wish/entities'
import { WISH_LIMITS } from '../../types/limits'
import type { StationCtx } from '../_kernel/action'
import { forbidden, invalid } from '../_kernel/errors'
import { isStaff } from '../_kernel/roles'
import { chinaDate } from '../_kernel/time'

const DAY = 24 * 3600 * 1000

/** The wisher: the caller, the person a stand-in acts for, or the resident staff chose. */
export async function wisherOf(
  ctx: StationCtx,
  forMemberId: string | undefined,
): Promise<{ wisher: MemberDoc; via: PostedVia }> {
  const me = ctx.member!
  if (forMemberId && forMemberId !== me._id) {
    if (ctx.proxy || !isStaff(ctx.roles)) throw forbidden('只有驿站工作人员可以替居民发布心愿')
    const wisher = await ctx.db.members.byId(forMemberId)
    if (!wisher || wisher.status !== 'verified') throw invalid('forMemberId', '没有找到这位已认证的居民')
    return { wisher, via: 'staff' }
  }
  return { wisher: me, via: ctx.proxy ? 'proxy' : 'self' }
}

/** Today or later, and no more than half a year ahead (China calendar days). */
export function checkNeededBy(neededBy: string, now: Date) {
  if (neededBy < chinaDate(now)) throw invalid('neededBy', '希望完成日期不能早于今天')
  if (neededBy > chinaDate(new Date(now.getTime() + WISH_LIMITS.neededByMaxDays * DAY)))
    throw invalid('neededBy', '希望完成日期不能超过半年以后')
}

/**
 * Who answers the phone for this wish: a number given with the wish, the wisher's own, or — for
 * someone without a phone — their stand-in's. Staff posting for such a person must give one.
 */
export function contactOf(
  ctx: StationCtx,
  wisher: MemberDoc,
  via: PostedVia,
  given: string | undefined,
): { contactName: string; contactPhone: string } {
  if (given) return { contactName: wisher.name, contactPhone: given }
  if (wisher.phone) return { contactName: wisher.name, contactPhone: wisher.phone }
  const agent = ctx.actor!
  if (via === 'proxy' && agent.phone)
    return { contactName: `${agent.name}（${wisher.name}的代办人）`, contactPhone: agent.phone }
  throw invalid(
    'contactPhone',
    via === 'staff'
      ? '这位居民没有登记手机号，请填写一个联系电话（如家属或楼长的电话）'
      : '请填写联系电话，方便认领人联系',
  )
}
