/**
 * Building blocks for input schemas. Each carries its own plain-Chinese messages, so an
 * INVALID_INPUT answer can tell a resident exactly which field is wrong and why.
 */
import * as z from 'zod'

/** A type error says "missing" when nothing was sent and "wrong" when something else was. */
export function typed(missing: string, wrong: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong)
}

export function text(label: string, max: number, min = 1) {
  return z
    .string({ error: typed(`请填写「${label}」`, `「${label}」应填写文字`) })
    .trim()
    .min(min, { error: min <= 1 ? `请填写「${label}」` : `「${label}」至少${min}个字` })
    .max(max, { error: `「${label}」不能超过${max}个字` })
}

export function optionalText(label: string, max: number) {
  return z
    .string({ error: `「${label}」应填写文字` })
    .trim()
    .max(max, { error: `「${label}」不能超过${max}个字` })
    .optional()
}

export function id(label: string) {
  return z
    .string({ error: typed(`缺少${label}`, `${label}格式不对`) })
    .trim()
    .min(1, { error: `缺少${label}` })
    .max(64, { error: `${label}格式不对` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${label}格式不对` })
}

export function int(label: string, min: number, max: number) {
  return z
    .number({ error: `「${label}」应填写数字` })
    .int({ error: `「${label}」应是整数` })
    .min(min, { error: `「${label}」不能小于${min}` })
    .max(max, { error: `「${label}」不能大于${max}` })
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `请选择「${label}」` })
}

/** An object inside a list (a team seat, a room): a wrong shape is named by its label. */
export function entry<T extends z.ZodRawShape>(label: string, shape: T) {
  return z.object(shape, { error: typed(`缺少${label}`, `「${label}」格式不对`) })
}

export function list<T extends z.ZodType>(label: string, item: T, max: number, min = 0) {
  return z
    .array(item, { error: `「${label}」格式不对` })
    .min(min, { error: `请至少填写一项「${label}」` })
    .max(max, { error: `「${label}」最多${max}项` })
}

export function flag(label: string) {
  return z.boolean({ error: `「${label}」应为是或否` })
}

/** A real calendar day as `YYYY-MM-DD` (2026-02-30 and 2026-99-99 are refused). */
export function date(label: string) {
  return z
    .string({ error: typed(`请选择「${label}」`, `「${label}」格式不对`) })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `「${label}」格式应为 2026-01-31` })
    .refine(isCalendarDay, { error: `「${label}」不是一个真实的日期` })
}

export function isCalendarDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
}

/** Mainland mobile numbers: 11 digits starting with 1. */
export const phone = z
  .string({ error: '请填写手机号' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, { error: '手机号应为11位数字' })

/** Paging for every list: no list answer is unbounded. */
export const page = {
  skip: int('跳过条数', 0, 100000).default(0),
  limit: int('每页条数', 1, 100).default(20),
}

export interface Page<T> {
  items: T[]
  total: number
  skip: number
  limit: number
  hasMore: boolean
}

/** An instant sent as an ISO 8601 string (`2026-11-20T09:00:00+08:00`), parsed into a Date. */
export function dateTime(label: string) {
  return z
    .string({ error: typed(`请选择「${label}」`, `「${label}」格式不对`) })
    .trim()
    .max(40, { error: `「${label}」格式不对` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, { error: `「${label}」格式不对` })
    .refine((v) => isCalendarDay(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)), {
      error: `「${label}」不是一个真实的时间`,
    })
    .transform((v) => new Date(v))
}
