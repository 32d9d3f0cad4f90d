import type { ApiErrorBody, ErrorCode } from '../../types/errors'
import { DEFAULT_MESSAGES } from '../../types/errors'

/** An answer the caller can act on. Anything else thrown in a handler becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly field?: string

  constructor(code: ErrorCode, message?: string, field?: string) {
    super(message ?? DEFAULT_MESSAGES[code])
    this.code = code
    this.field = field
  }

  toBody(): ApiErrorBody {
    return this.field
      ? { code: this.code, message: this.message, field: this.field }
      : { code: this.code, message: this.message }
  }
}

export const invalid = (field: string, message: string) => new AppError('INVALID_INPUT', message, field)
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message)
export const notFound = (message?: string) => new AppError('NOT_FOUND', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)

/** MongoDB-backed cloud database reports unique-index violations with this marker. */
export function isDuplicateKey(err: unknown): boolean {
  const text = err instanceof Error ? err.message : JSON.stringify(err ?? '')
  return /E11000|duplicate key/i.test(text)
}
