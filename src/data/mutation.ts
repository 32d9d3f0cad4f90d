/**
 * `useMutation('station', 'verify', { invalidates: ['station.verifyQueue'] })`: a change a person
 * asks for. It is busy while it runs (the button says 正在…), keeps the error it ended with (by
 * field, or for the whole form), and is the app's submit guard: a second tap while the first is
 * on its way sends nothing.
 */
import { useRef, useState } from 'react'
import type { ActionName, FnName, InputOf, OutputOf } from '@contract/api'
import { call } from '@/cloud/client'
import { revealFirstError } from '@/platform/feedback'
import { invalidate } from './cache'
import type { CallError } from './errors'
import { asCallError } from './errors'
import { useCallScope } from './scope'

/** `station.listBuildings`: an action whose answers a mutation changes. */
export type ActionRef = `${FnName}.${string}`

export interface MutationOptions {
  /** Cached answers this change makes out of date, e.g. `['station.me']`. */
  invalidates?: readonly ActionRef[]
  /** Done for the person a stand-in acts for (代办), when acting. @default false */
  forPrincipal?: boolean
  /**
   * The fields this form shows. An error naming another field (or none) is a form error,
   * shown above the button. @default every field
   */
  fields?: readonly string[]
}

export interface Mutation<I, O> {
  /** Resolves to the answer, or null when it failed (see `error`) or was already running. */
  run(input: I): Promise<O | null>
  busy: boolean
  error: CallError | null
  /** The server's message when it names exactly this field. */
  fieldError(field: string): string | null
  /** …or this field or anything inside it (`team` for `team.1.title`). */
  fieldErrorUnder(field: string): string | null
  /** The message to show above the button: not pinned to a field this form shows. */
  formError: string | null
  /** Forgets the error, or only the error of fields starting with `field` (the person is fixing it). */
  clear(field?: string): void
}

const under = (field: string | undefined, prefix: string) =>
  !!field && (field === prefix || field.startsWith(`${prefix}.`))

export function useMutation<F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  options: MutationOptions = {},
): Mutation<InputOf<F, A>, OutputOf<F, A>> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CallError | null>(null)
  const running = useRef(false)
  const scope = useCallScope(options.forPrincipal)
  const shown = (field?: string) => !options.fields || options.fields.some((f) => under(field, f))

  const run = async (input: InputOf<F, A>) => {
    if (running.current) return null
    running.current = true
    setBusy(true)
    setError(null)
    try {
      const out = await call(fn, action, input, scope.options)
      invalidate(options.invalidates ?? [])
      return out
    } catch (err) {
      const e = asCallError(err)
      setError(e)
      if (e.field && shown(e.field)) revealFirstError()
      return null
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  return {
    run,
    busy,
    error,
    fieldError: (field) => (error?.field === field ? error.message : null),
    fieldErrorUnder: (field) => (under(error?.field, field) ? error!.message : null),
    formError: error && !(error.field && shown(error.field)) ? error.message : null,
    clear: (field) => {
      if (!error) return
      if (field === undefined || error.field?.startsWith(field)) setError(null)
    },
  }
}
