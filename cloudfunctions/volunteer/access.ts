/**
 * Who may run what in the volunteer domain. Staff run every activity and reward; an organiser
 * runs the activities of the volunteer teams they were granted; a merchant verifies and edits
 * the rewards of their own provider. Drafts are visible only to those who may run them.
 */
import type { GrantedRole } from '../../types/entities'
import type { ActivityDoc, RewardDoc } from '../../types/volunteer/entities'
import type { StationCtx } from '../_kernel/action'
import { forbidden, notFound } from '../_kernel/errors'
import { isStaff, STAFF_ROLES } from '../_kernel/roles'

export const ORGANISER_ROLES: readonly GrantedRole[] = [...STAFF_ROLES, 'organiser']
export const MERCHANT_ROLES: readonly GrantedRole[] = [...STAFF_ROLES, 'merchant']

type Who = Pick<StationCtx, 'member' | 'roles'>

/** Team ids the caller runs: every team for staff (`null`), the granted ones for an organiser. */
export function teamsRun(ctx: Who): string[] | null {
  if (isStaff(ctx.roles)) return null
  if (!ctx.roles.has('organiser')) return []
  return ctx.member?.organiserOf ?? []
}

export function runsTeam(ctx: Who, teamId: string): boolean {
  const teams = teamsRun(ctx)
  return teams === null || teams.includes(teamId)
}

export function canManage(ctx: Who, activity: Pick<ActivityDoc, 'teamId'>): boolean {
  return runsTeam(ctx, activity.teamId)
}

/** An activity of this station the caller may see (a draft only if they may run it). */
export async function visibleActivity(ctx: StationCtx, activityId: string): Promise<ActivityDoc> {
  const activity = await ctx.db.activities.byId(activityId)
  if (!activity || (activity.status === 'draft' && !canManage(ctx, activity)))
    throw notFound('没有找到这个活动，可能已被删除')
  return activity
}

/** An activity the caller runs; FORBIDDEN for another team's. */
export async function managedActivity(ctx: StationCtx, activityId: string): Promise<ActivityDoc> {
  const activity = await ctx.db.activities.byId(activityId)
  if (!activity) throw notFound('没有找到这个活动，可能已被删除')
  if (!canManage(ctx, activity)) throw forbidden('您只能管理自己负责的志愿服务队的活动')
  return activity
}

/** The provider a merchant acts for; null for staff (every provider). */
export function providerOf(ctx: Who): string | null {
  if (isStaff(ctx.roles)) return null
  return ctx.member?.merchantOf ?? ''
}

export function handlesReward(ctx: Who, reward: Pick<RewardDoc, 'provider'>): boolean {
  const provider = providerOf(ctx)
  return provider === null || (provider !== '' && provider === reward.provider)
}
