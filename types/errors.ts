/**
 * The closed set of error codes an action can answer with, and the response envelope.
 * Messages are plain Chinese for people; developer detail goes to the function log only.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'NOT_MEMBER',
  'FORBIDDEN',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'OUT_OF_STOCK',
  'TAKEN',
  'INSUFFICIENT_POINTS',
  'EXPIRED',
  'RATE_LIMITED',
  'CONTENT_REJECTED',
  'UNKNOWN_ACTION',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** Errors only the client can produce: the call never reached an answer. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT'

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** For INVALID_INPUT: the path of the offending field, e.g. `room` or `rows.3.unit`. */
  field?: string
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody }

/** What a page shows when an answer carries no message of its own. */
export const DEFAULT_MESSAGES: Record<ErrorCode | ClientErrorCode, string> = {
  UNAUTHENTICATED: '没有识别到您的微信身份，请从微信小程序中打开',
  NOT_MEMBER: '您还不是本驿站的登记居民，请先登记',
  FORBIDDEN: '您没有权限进行这个操作',
  INVALID_INPUT: '填写的内容有误，请检查后再提交',
  NOT_FOUND: '没有找到相关内容，可能已被删除',
  CONFLICT: '操作冲突，请刷新后重试',
  OUT_OF_STOCK: '已经兑换完了',
  TAKEN: '已被别人认领了',
  INSUFFICIENT_POINTS: '积分不足',
  EXPIRED: '已过期，请重新获取',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_REJECTED: '内容未通过安全检查，请修改后再提交',
  UNKNOWN_ACTION: '暂不支持这个操作，请更新小程序后重试',
  INTERNAL: '服务暂时出了点问题，请稍后再试',
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
}
