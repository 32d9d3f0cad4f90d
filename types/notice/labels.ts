/**
 * Plain-Chinese labels of the notice domain, and which subscription template each category uses.
 * Pure data: the cloud function and the app both import it as a value.
 */
import type { TemplateKey } from '../subscriptions'
import { NOTICE_CATEGORIES, NOTICE_URGENCIES } from './entities'
import type { NoticeCategory, NoticeUrgency } from './entities'

/** In the order forms and lists show them. */
export { NOTICE_CATEGORIES, NOTICE_URGENCIES }

export const NOTICE_CATEGORY_LABELS: Record<NoticeCategory, string> = {
  outage: '停水停电',
  activity: '活动',
  safety: '安全提醒',
  fee: '缴费',
  other: '其他',
}

export const NOTICE_URGENCY_LABELS: Record<NoticeUrgency, string> = {
  normal: '一般',
  important: '重要',
  urgent: '紧急',
}

/** The subscription message a category's notices (and their reminder) are sent with. */
export const NOTICE_TEMPLATE_OF: Record<NoticeCategory, TemplateKey> = {
  outage: 'noticeOutage',
  activity: 'noticeActivity',
  safety: 'noticeSafety',
  fee: 'noticeFee',
  other: 'noticeOther',
}

/** 全体住户 for a station-wide notice. */
export const WHOLE_STATION_LABEL = '全体住户'
