/**
 * Subscription messages (订阅消息) the product sends, by our own key. WeChat's one-time
 * subscriptions allow exactly one message per consent, so each key is something a person would
 * want to be told once: a decision, a change, a reminder. The operator picks a template from
 * WeChat's public library for each key (fields as listed) and puts its id in the function
 * environment `SUBSCRIBE_TEMPLATE_IDS` (JSON `{ "<key>": "<template id>" }`); locally the ids are
 * `local-<key>`. A domain adds its keys here. Pure data: the app imports it as a value.
 */
export interface TemplateSpec {
  /** What the person is asked to allow, in plain Chinese. */
  title: string
  /** The template's field names (from WeChat's library) and what each carries. */
  fields: Record<string, string>
}

/** A notice message: its title, who posted it, when, and a line on what to do. */
const NOTICE_FIELDS = { thing1: '通知标题', thing2: '发布人', time3: '发布时间', thing4: '温馨提示' }

export const SUBSCRIPTION_TEMPLATES = {
  proxyDecision: {
    title: '代办申请审核结果',
    fields: { thing1: '被代办人', phrase2: '审核结果', thing3: '说明' },
  },
  registrationDecision: {
    title: '登记审核结果',
    fields: { thing1: '驿站', phrase2: '审核结果', thing3: '说明' },
  },
  activityPromoted: {
    title: '活动候补转正通知',
    fields: { thing1: '活动名称', time2: '活动时间', thing3: '说明' },
  },
  activityCancelled: {
    title: '活动取消通知',
    fields: { thing1: '活动名称', time2: '活动时间', thing3: '取消原因' },
  },
  correctionDecision: {
    title: '服务时长更正结果',
    fields: { thing1: '活动名称', phrase2: '审核结果', thing3: '说明' },
  },
  // 邻里夜话: the author hears of every change of status; the 站长 of a rating of 2 or less.
  topicStatus: {
    title: '议题办理进度',
    fields: { thing1: '议题', phrase2: '办理状态', thing3: '说明' },
  },
  topicEscalated: {
    title: '议题转站长督办',
    fields: { thing1: '议题', phrase2: '满意度', thing3: '说明' },
  },
  // Notices: one key per category, so a resident allows exactly the kinds they want to hear of.
  // Each needs its own template id (WeChat counts consent per id); the same library template
  // may be added once per category in the console.
  noticeOutage: { title: '停水停电通知', fields: NOTICE_FIELDS },
  noticeActivity: { title: '社区活动通知', fields: NOTICE_FIELDS },
  noticeSafety: { title: '安全提醒', fields: NOTICE_FIELDS },
  noticeFee: { title: '缴费通知', fields: NOTICE_FIELDS },
  noticeOther: { title: '驿站通知', fields: NOTICE_FIELDS },
  // 微心愿: the wisher hears when someone claims, gives back or fulfils their wish; the helper
  // when it is confirmed (and the points with it); staff when a wisher disputes.
  wishClaimed: {
    title: '心愿被认领',
    fields: { thing1: '心愿', thing2: '认领人', thing3: '说明' },
  },
  wishReleased: {
    title: '心愿重新等待认领',
    fields: { thing1: '心愿', phrase2: '状态', thing3: '说明' },
  },
  wishFulfilled: {
    title: '心愿已完成待确认',
    fields: { thing1: '心愿', thing2: '完成人', thing3: '说明' },
  },
  wishConfirmed: {
    title: '心愿实现已确认',
    fields: { thing1: '心愿', number2: '获得积分', thing3: '说明' },
  },
  wishDisputed: {
    title: '心愿有异议待处理',
    fields: { thing1: '心愿', thing2: '提出人', thing3: '原因' },
  },
} as const satisfies Record<string, TemplateSpec>

export type TemplateKey = keyof typeof SUBSCRIPTION_TEMPLATES

/** WeChat shows at most three templates in one consent prompt. */
export const MAX_TEMPLATES_PER_PROMPT = 3

/** What happened to one message: the outbox keeps every attempt, never retried blindly. */
export type OutboxStatus = 'sending' | 'sent' | 'noConsent' | 'failed' | 'offline'

export interface OutboxRow {
  outboxId: string
  memberName: string
  template: string
  templateTitle: string
  status: OutboxStatus
  /** WeChat's error code for a failed send (43101: no consent left), 0 when sent. */
  errCode: number
  summary: string
  page: string
  at: string
}
