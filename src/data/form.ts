/**
 * `useForm(initial, { check, mutations })`: a form's draft, the problems the app can see before
 * sending (all shown at once after the first try, each gone as soon as it is fixed), and the
 * server's answer by field. Submitting with problems sends nothing and scrolls to the first.
 */
import { useState } from 'react'
import { revealFirstError } from '@/platform/feedback'
import type { Mutation } from './mutation'

/** What is wrong, by field name (the same names the server uses), in plain Chinese. */
export type Problems = Partial<Record<string, string>>

interface FormOptions<D> {
  check?(draft: D): Problems
  /** The changes this form sends; their errors show on its fields. */
  mutations: readonly Mutation<never, unknown>[]
}

export interface Form<D> {
  draft: D
  /** Edits the draft; a server error about an edited field goes away. */
  set(patch: Partial<D>): void
  /** What to show under a field: the app's own check (once tried), else the server's word. */
  error(field: string): string | null
  /** An error for the whole form, shown above the button. */
  formError: string | null
  busy: boolean
  /** Runs `send` unless the checks find problems; resolves to its result, or null. */
  submit<R>(send: (draft: D) => Promise<R | null>): Promise<R | null>
  /** Back to the first draft, nothing tried (e.g. after sending, for the next one). */
  reset(): void
}

export function useForm<D extends object>(initial: D | (() => D), options: FormOptions<D>): Form<D> {
  const [first] = useState<D>(initial)
  const [draft, setDraft] = useState<D>(first)
  const [tried, setTried] = useState(false)
  const problems = options.check?.(draft) ?? {}
  const { mutations } = options

  return {
    draft,
    set(patch) {
      setDraft((d) => ({ ...d, ...patch }))
      for (const field of Object.keys(patch)) mutations.forEach((m) => m.clear(field))
    },
    error: (field) =>
      (tried ? problems[field] : null) ?? mutations.map((m) => m.fieldError(field)).find(Boolean) ?? null,
    formError: mutations.map((m) => m.formError).find(Boolean) ?? null,
    busy: mutations.some((m) => m.busy),
    async submit(send) {
      setTried(true)
      if (Object.values(problems).some(Boolean)) {
        revealFirstError()
        return null
      }
      return send(draft)
    },
    reset() {
      setDraft(first)
      setTried(false)
      mutations.forEach((m) => m.clear())
    },
  }
}
