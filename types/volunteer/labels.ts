/** Plain-Chinese labels of the volunteer domain. Pure data: the app imports it as a value. */
import type { ActivityCategory, ActivityStatus, PointsRule, SignupStatus } from './entities'

export { ACTIVITY_CATEGORIES } from './entities'

export const CATEGORY_LABELS: Record<ActivityCategory, string> = {
  haircut: '义剪',
  clinic: '义诊',
  cleanup: '卫生大扫除',
  charging: '飞线充电整治',
  patrol: '平安巡逻',
  policy: '政策宣讲',
  afterSchool: '四点半课堂',
  other: '其他',
}

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  draft: '草稿',
  published: '报名中',
  ongoing: '进行中',
  finished: '已结束',
  cancelled: '已取消',
}

/** What a resident sees on a card: the stored status read against the clock (views.ts `phase`). */
export const PHASE_LABELS = {
  draft: '草稿',
  open: '报名中',
  closed: '报名已截止',
  ongoing: '进行中',
  ended: '待结束',
  finished: '已结束',
  cancelled: '已取消',
} as const
export type ActivityPhase = keyof typeof PHASE_LABELS

export const SIGNUP_LABELS: Record<SignupStatus, string> = {
  signedUp: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
}

export const ATTENDANCE_LABELS = {
  in: '已签到',
  out: '已签退',
  confirmed: '时长已确认',
} as const

/** "每次 10 分" or "每小时 2 分，最多 8 分". */
export function pointsRuleText(rule: PointsRule): string {
  if (rule.mode === 'fixed') return `每次 ${rule.amount} 分`
  return `每小时 ${rule.amount} 分，最多 ${rule.cap} 分`
}

/** Minutes as hours for people: 90 → "1.5 小时". */
export function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10
  return `${hours} 小时`
}

export const VOUCHER_LABELS = { issued: '未使用', used: '已核销', expired: '已过期' } as const
export type VoucherState = keyof typeof VOUCHER_LABELS
