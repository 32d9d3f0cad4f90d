import type { z } from 'zod'
import { AppError } from './errors'

/** Parses input with its schema; the first problem becomes INVALID_INPUT naming its field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue.path.map(String).join('.') || 'input'
  const message = issue.code === 'invalid_type' && issue.input === undefined ? missingMessage(issue.message) : issue.message
  throw new AppError('INVALID_INPUT', message, field)
}

function missingMessage(message: string): string {
  return message.startsWith('「') || message.startsWith('请') || message.startsWith('缺少') ? message : `缺少必填项：${message}`
}
