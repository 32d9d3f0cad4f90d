/** Teams and activities: browsing, and what staff and organisers do to run them. */
import * as z from 'zod'
import { returns } from '../contract'
import { dateTime, entry, id, int, oneOf, optionalText, page, text } from '../fields'
import type { Page } from '../fields'
import { imageIds } from '../files'
import { VOLUNTEER_LIMITS } from '../limits'
import { ACTIVITY_CATEGORIES, ACTIVITY_STATUSES } from './entities'
import type { ActivityCard, ActivityDetail, CheckinKey, RosterCounts, RosterRow, TeamView } from './views'

const L = VOLUNTEER_LIMITS

/** Times compared across fields; a field that failed its own check is not compared again. */
const both = (a: unknown, b: unknown, ok: (a: number, b: number) => boolean) =>
  !(a instanceof Date && b instanceof Date) || ok(a.getTime(), b.getTime())

const pointsRule = entry('积分规则', {
  mode: oneOf('积分方式', ['fixed', 'perHour']),
  amount: int('积分', 0, L.pointsMax),
  cap: int('积分上限', 0, L.pointsMax).default(0),
}).refine((r) => r.mode === 'fixed' || r.cap >= r.amount, {
  error: '「积分上限」不能小于每小时积分',
  path: ['cap'],
})

const geofence = entry('签到范围', {
  lat: z.number({ error: '「纬度」应填写数字' }).min(-90).max(90),
  lng: z.number({ error: '「经度」应填写数字' }).min(-180).max(180),
  radius: int('签到范围（米）', L.geofenceMin, L.geofenceMax),
})

export const activityActions = {
  listTeams: { input: z.object({}), output: returns<{ items: TeamView[] }>() },
  saveTeam: {
    input: z.object({
      teamId: id('志愿服务队').optional(),
      name: text('队名', 20),
      description: optionalText('队伍介绍', 200).default(''),
    }),
    output: returns<TeamView>(),
  },
  listActivities: {
    input: z.object({ when: oneOf('时间', ['upcoming', 'past', 'week']).default('upcoming'), ...page }),
    output: returns<Page<ActivityCard>>(),
  },
  getActivity: { input: z.object({ activityId: id('活动') }), output: returns<ActivityDetail>() },
  managedActivities: {
    input: z.object({ status: oneOf('状态', ACTIVITY_STATUSES).optional(), ...page }),
    output: returns<Page<ActivityCard>>(),
  },
  saveActivity: {
    input: z
      .object({
        activityId: id('活动').optional(),
        title: text('活动名称', L.titleMax),
        category: oneOf('活动类别', ACTIVITY_CATEGORIES),
        description: optionalText('活动介绍', L.descriptionMax).default(''),
        place: text('活动地点', 60),
        teamId: id('志愿服务队'),
        startAt: dateTime('开始时间'),
        endAt: dateTime('结束时间'),
        signupDeadline: dateTime('报名截止时间'),
        capacity: int('名额', 1, L.capacityMax),
        points: pointsRule,
        geofence: geofence.nullable().default(null),
        cover: imageIds('activity'),
      })
      .refine((v) => both(v.startAt, v.endAt, (s, e) => e > s), {
        error: '结束时间应晚于开始时间',
        path: ['endAt'],
      })
      .refine((v) => both(v.startAt, v.endAt, (s, e) => e - s <= L.durationMaxHours * 3600_000), {
        error: `一次活动最长 ${L.durationMaxHours} 小时`,
        path: ['endAt'],
      })
      .refine((v) => both(v.signupDeadline, v.startAt, (d, s) => d <= s), {
        error: '报名截止时间不能晚于开始时间',
        path: ['signupDeadline'],
      }),
    output: returns<ActivityDetail>(),
  },
  publishActivity: { input: z.object({ activityId: id('活动') }), output: returns<ActivityDetail>() },
  cancelActivity: {
    input: z.object({ activityId: id('活动'), reason: text('取消原因', 100) }),
    output: returns<ActivityDetail>(),
  },
  openCheckin: { input: z.object({ activityId: id('活动') }), output: returns<CheckinKey>() },
  finishActivity: { input: z.object({ activityId: id('活动') }), output: returns<ActivityDetail>() },
  roster: {
    input: z.object({
      activityId: id('活动'),
      list: oneOf('名单', ['signedUp', 'waitlisted', 'attendance']).default('signedUp'),
      ...page,
    }),
    output: returns<Page<RosterRow> & { counts: RosterCounts }>(),
  },
}
