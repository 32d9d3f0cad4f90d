/** The activity form's draft: what people pick (days, times, numbers as text), and what is sent. */
import dayjs from 'dayjs'
import type { ActivityCategory, ActivityDetail, Geofence } from '@contract/volunteer'
import type { InputOf } from '@contract/api'
import type { Problems } from '@/data'

export interface Draft {
  title: string
  category: ActivityCategory | null
  teamId: string
  place: string
  description: string
  day: string
  start: string
  end: string
  deadlineDay: string
  deadline: string
  capacity: string
  mode: 'fixed' | 'perHour'
  amount: string
  cap: string
  geofence: Geofence | null
}

export function blankDraft(teamId = ''): Draft {
  const day = dayjs().add(3, 'day').format('YYYY-MM-DD')
  return {
    title: '',
    category: null,
    teamId,
    place: '',
    description: '',
    day,
    start: '09:00',
    end: '11:00',
    deadlineDay: dayjs(day).subtract(1, 'day').format('YYYY-MM-DD'),
    deadline: '20:00',
    capacity: '20',
    mode: 'fixed',
    amount: '10',
    cap: '0',
    geofence: null,
  }
}

export function draftOf(a: ActivityDetail): Draft {
  const at = (iso: string) => dayjs(iso)
  return {
    title: a.title,
    category: a.category,
    teamId: a.teamId,
    place: a.place,
    description: a.description,
    day: at(a.startAt).format('YYYY-MM-DD'),
    start: at(a.startAt).format('HH:mm'),
    end: at(a.endAt).format('HH:mm'),
    deadlineDay: at(a.signupDeadline).format('YYYY-MM-DD'),
    deadline: at(a.signupDeadline).format('HH:mm'),
    capacity: String(a.capacity),
    mode: a.points.mode,
    amount: String(a.points.amount),
    cap: String(a.points.cap),
    geofence: a.geofence,
  }
}

/** China time, whatever the phone's zone. */
const instant = (day: string, time: string) => `${day}T${time}:00+08:00`
const whole = (text: string) => (/^\d{1,5}$/.test(text) ? Number(text) : NaN)

export function check(d: Draft): Problems {
  return {
    title: d.title.trim() ? undefined : '请填写活动名称',
    category: d.category ? undefined : '请选择活动类别',
    teamId: d.teamId ? undefined : '请选择志愿服务队',
    place: d.place.trim() ? undefined : '请填写活动地点',
    endAt: d.end > d.start ? undefined : '结束时间应晚于开始时间',
    capacity: whole(d.capacity) > 0 ? undefined : '请填写名额（大于0的整数）',
    'points.amount': whole(d.amount) >= 0 ? undefined : '请填写积分（整数）',
    'points.cap':
      d.mode === 'fixed' || whole(d.cap) >= whole(d.amount) ? undefined : '积分上限不能小于每小时积分',
  }
}

export function toInput(d: Draft, activityId?: string): InputOf<'volunteer', 'saveActivity'> {
  return {
    ...(activityId ? { activityId } : {}),
    title: d.title,
    category: d.category!,
    teamId: d.teamId,
    place: d.place,
    description: d.description,
    startAt: instant(d.day, d.start),
    endAt: instant(d.day, d.end),
    signupDeadline: instant(d.deadlineDay, d.deadline),
    capacity: whole(d.capacity),
    points: { mode: d.mode, amount: whole(d.amount), cap: d.mode === 'fixed' ? 0 : whole(d.cap) },
    geofence: d.geofence,
  }
}
