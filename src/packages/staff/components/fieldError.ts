import type { CallError } from '@/services/cloud'

/** The server's message when it names this form field (e.g. `team.1.title`), else null. */
export function fieldError(error: CallError | null, path: string): string | null {
  return error?.field === path ? error.message : null
}

/** The message to show above the form when the error names no field this form knows. */
export function formError(error: CallError | null, known: (field: string) => boolean): string | null {
  if (!error) return null
  return error.field && known(error.field) ? null : error.message
}
