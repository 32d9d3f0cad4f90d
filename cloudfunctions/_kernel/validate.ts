import type { z } from 'zod'
import { AppError } from './errors'

/** Parses input with its schema; the first problem becomes INVALID_INPUT naming its field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue.path.map(String).join('.') || 'input'
  // zod does not report the offending value, so whether the field was missing is read from the input.
  const missing = issue.code === 'invalid_type' && valueAt(input ?? {}, issue.path) === undefined
  throw new AppError('INVALID_INPUT', messageOf(issue.message, missing), field)
}

/** The contract's messages are plain Chinese; zod's own (a wrong shape where no message was given) are English. */
function messageOf(message: string, missing: boolean): string {
  if (!/[\u4e00-\u9fff]/.test(message))
    return missing ? '缺少必填内容，请检查后再提交' : '填写的内容格式不对，请检查后再提交'
  return missing ? missingMessage(message) : message
}

function missingMessage(message: string): string {
  return message.startsWith('「') || message.startsWith('请') || message.startsWith('缺少')
    ? message
    : `缺少必填项：${message}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
