/**
 * Plain-Chinese labels for 邻里夜话. Pure data (no zod): the cloud function and the app both import
 * it as a value.
 */
import { SIDE_LABELS } from '../labels'
import type {
  HandBackReason,
  Holder,
  ReportTarget,
  TimelineStep,
  TopicCategory,
  TopicStatus,
} from './entities'

export const CATEGORY_LABELS: Record<TopicCategory, string> = {
  propertyService: '物业服务',
  sanitation: '环境卫生',
  parking: '停车',
  safety: '安全',
  neighbourly: '邻里关系',
  repairs: '设施维修',
  suggestion: '建议',
}

export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  assigned: '已交办',
  inProgress: '办理中',
  replied: '已答复',
  resolved: '已解决',
  rated: '已评价',
  declined: '不予受理',
  closed: '已关闭',
}

export const STEP_LABELS: Record<TimelineStep, string> = {
  submitted: '提出议题',
  accepted: '驿站受理',
  declined: '不予受理',
  assigned: '交办',
  handedBack: '退回驿站',
  progress: '办理进展',
  replied: '正式答复',
  resolved: '确认解决',
  rated: '评价',
  reopened: '重新办理',
  escalated: '转站长督办',
  closed: '关闭',
  overdue: '已逾期',
}

export const HAND_BACK_LABELS: Record<HandBackReason, string> = {
  notOurs: '不属于本方职责',
  needsInfo: '需要补充信息',
  needsOtherSide: '需要其他方协同',
  beyondUs: '超出本方能力，需上级协调',
}

/** Who holds a topic now, as residents read it: 驿站, 物业, 提出人. */
export function holderLabel(holder: Holder): string {
  if (holder === 'station') return '驿站'
  if (holder === 'author') return '提出人'
  if (holder === 'none') return '—'
  return SIDE_LABELS[holder]
}

export const REPORT_TARGET_LABELS: Record<ReportTarget, string> = { topic: '议题', reply: '回复' }

export const SORT_LABELS = { hot: '最热', new: '最新', unresolved: '待解决' } as const

/** Satisfaction, 1–5, as the rating stars say it. */
export const SCORE_LABELS: Record<number, string> = {
  1: '很不满意',
  2: '不满意',
  3: '一般',
  4: '满意',
  5: '很满意',
}
