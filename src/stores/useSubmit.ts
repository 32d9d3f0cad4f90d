import { useState } from 'react'
import type { CallError } from '@/services/cloud'
import { asCallError } from './async'

/**
 * A form's submission: busy while it runs (so the button can say 正在…), the error it ended with,
 * and that error's message for the field the server named.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CallError | null>(null)

  /** Runs the work; resolves to its result, or null when it failed (the error is kept). */
  const run = async <T>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true)
    setError(null)
    try {
      return await work()
    } catch (err) {
      setError(asCallError(err))
      return null
    } finally {
      setBusy(false)
    }
  }

  return {
    busy,
    error,
    run,
    fieldError: (field: string) => (error?.field === field ? error.message : null),
    /** An error the server did not pin to a field: shown above the submit button. */
    formError: error && !error.field ? error.message : null,
  }
}
