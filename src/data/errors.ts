/** Errors as pages see them: always a CallError with a plain-Chinese message. */
import { CallError } from '@/cloud/client'

export type { CallError }

export function asCallError(err: unknown): CallError {
  if (err instanceof CallError) return err
  return new CallError('INTERNAL', '出了点问题，请稍后再试')
}

/** Errors that asking again will not mend (no permission, gone, wrong input): no retry button. */
export function canRetry(error: CallError | null): boolean {
  return (
    !error ||
    !['FORBIDDEN', 'NOT_MEMBER', 'NOT_FOUND', 'INVALID_INPUT', 'UNAUTHENTICATED'].includes(error.code)
  )
}
