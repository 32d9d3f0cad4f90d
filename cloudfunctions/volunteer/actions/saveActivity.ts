import type { ParsedInputOf } from '../../../types/api'
import { volunteerContract } from '../../../types/volunteer'
import type { ActivityDoc } from '../../../types/volunteer/entities'
import type { StationCtx } from '../../_kernel/action'
import { actionsOf } from '../../_kernel/action'
import { AppError, forbidden, invalid } from '../../_kernel/errors'
import { newId } from '../../_kernel/ids'
import { command } from '../../_kernel/query'
import { replace } from '../../_kernel/storage'
import { checkTexts, SCENE } from '../../_kernel/wechat/contentSecurity'
import { managedActivity, ORGANISER_ROLES, runsTeam } from '../access'
import { detailOf } from '../detail'
import { fillFromWaitlist } from '../places'

type Input = ParsedInputOf<'volunteer', 'saveActivity'>

/**
 * Staff, or an organiser for their own teams, create an activity (a draft) or edit one that has
 * not started. A smaller capacity is refused below the people already signed up (checked in the
 * same conditional update that changes it); a larger one promotes the waitlist at once. Audited.
 */
export const saveActivity = actionsOf<'volunteer'>(volunteerContract).station('saveActivity', {
  access: { roles: ORGANISER_ROLES },
  async run(ctx, input) {
    if (!runsTeam(ctx, input.teamId)) throw forbidden('您只能为自己负责的志愿服务队发起活动')
    const team = await ctx.db.volunteerTeams.byId(input.teamId)
    if (!team) throw invalid('teamId', '选择的志愿服务队不存在')
    await checkTexts(
      ctx,
      [
        { field: 'title', text: input.title },
        { field: 'place', text: input.place },
        { field: 'description', text: input.description },
      ],
      SCENE.profile,
    )
    const fields = {
      title: input.title,
      category: input.category,
      description: input.description,
      place: input.place,
      teamId: team._id,
      teamName: team.name,
      startAt: input.startAt,
      endAt: input.endAt,
      signupDeadline: input.signupDeadline,
      points: { ...input.points, cap: input.points.mode === 'fixed' ? 0 : input.points.cap },
      geofence: input.geofence,
      updatedAt: ctx.now,
    }
    const saved = input.activityId
      ? await edit(ctx, input.activityId, input, fields)
      : await create(ctx, input, fields)
    await ctx.audit({
      action: 'volunteer.saveActivity',
      targetType: 'activity',
      targetId: saved._id,
      summary: `${input.activityId ? '修改' : '新建'}活动「${saved.title}」`,
    })
    return detailOf(ctx, saved)
  },
})

type Fields = Omit<
  ActivityDoc,
  | '_id'
  | 'stationId'
  | 'capacity'
  | 'remaining'
  | 'coverFileId'
  | 'status'
  | 'cancelReason'
  | 'createdBy'
  | 'createdAt'
  | 'openedAt'
  | 'finishedAt'
>

async function create(ctx: StationCtx, input: Input, fields: Fields): Promise<ActivityDoc> {
  if (input.endAt.getTime() <= ctx.now.getTime()) throw invalid('endAt', '结束时间已经过去了，请重新选择')
  const _id = newId()
  const doc: ActivityDoc = {
    _id,
    stationId: ctx.station._id,
    ...fields,
    capacity: input.capacity,
    remaining: input.capacity,
    coverFileId: input.cover[0] ?? null,
    status: 'draft',
    cancelReason: '',
    createdBy: ctx.member!._id,
    createdAt: ctx.now,
    openedAt: null,
    finishedAt: null,
  }
  return replace(ctx, input.cover, coverSpec(_id), async () => {
    await ctx.db.activities.insert(doc)
    return doc
  })
}

async function edit(ctx: StationCtx, activityId: string, input: Input, fields: Fields): Promise<ActivityDoc> {
  const current = await managedActivity(ctx, activityId)
  if (current.status !== 'draft' && current.status !== 'published')
    throw new AppError('CONFLICT', '活动已经开始、结束或取消，不能再修改')
  const diff = input.capacity - current.capacity
  const saved = await replace(ctx, input.cover, coverSpec(activityId), async () => {
    // The capacity and what is left change together, only while enough places are free.
    const changed = await ctx.db.activities.updateById(
      activityId,
      {
        ...fields,
        capacity: input.capacity,
        remaining: command().inc(diff),
        coverFileId: input.cover[0] ?? null,
      },
      { status: current.status, remaining: command().gte(Math.max(0, -diff)) },
    )
    if (!changed) {
      const now = await ctx.db.activities.byId(activityId)
      if (now && now.status !== current.status)
        throw new AppError('CONFLICT', '活动状态刚刚变了，请刷新后再修改')
      const taken = now ? now.capacity - now.remaining : 0
      throw invalid('capacity', `已有 ${taken} 人报名，名额不能少于 ${taken}`)
    }
    return (await ctx.db.activities.byId(activityId))!
  })
  if (diff > 0 && saved.status === 'published') await fillFromWaitlist(ctx, saved)
  return (await ctx.db.activities.byId(activityId)) ?? saved
}

const coverSpec = (activityId: string) => ({
  kind: 'activity' as const,
  itemType: 'activity',
  itemId: activityId,
  field: 'cover',
})
