/**
 * `useQuery('station', 'listBuildings', {})`: what a page shows, typed from the contract, loaded
 * when the page opens (showing what the cache already has meanwhile) and again when a mutation
 * marks it stale.
 */
import { useEffect, useRef } from 'react'
import type { ActionName, FnName, InputOf, OutputOf } from '@contract/api'
import { call } from '@/cloud/client'
import type { Async } from './cache'
import { fetchInto, queryKey, useCache } from './cache'
import { useCallScope } from './scope'

export interface QueryOptions {
  /** Names the question when the input alone does not (defaults to the input as JSON). */
  key?: string
  /** False: do not ask yet (e.g. no station chosen, or nothing picked). @default true */
  enabled?: boolean
  /** Made for the person a stand-in acts for (代办), when acting. @default false */
  forPrincipal?: boolean
}

export interface Query<T> extends Async<T> {
  /** Asks again, keeping what is shown until the answer arrives. */
  reload(): Promise<T | null>
}

export function useQuery<F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
  options: QueryOptions = {},
): Query<OutputOf<F, A>> {
  const { enabled = true } = options
  const scope = useCallScope(options.forPrincipal)
  const key = queryKey(`${fn}.${action}`, scope.tag, options.key ?? JSON.stringify(input))
  const entry = useCache((s) => s.entries[key])
  const latest = useRef({ input, scope })
  latest.current = { input, scope }

  const reload = () =>
    fetchInto(key, () => call(fn, action, latest.current.input, latest.current.scope.options))

  useEffect(() => {
    if (enabled) reload()
  }, [key, enabled])
  useEffect(() => {
    if (enabled && entry?.stale) reload()
  }, [entry?.stale])

  return {
    data: (entry?.data as OutputOf<F, A> | undefined) ?? null,
    loading: entry ? entry.loading : enabled,
    error: entry?.error ?? null,
    reload,
  }
}
