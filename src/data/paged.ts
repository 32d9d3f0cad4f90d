/**
 * `usePagedQuery('station', 'verifyQueue', { status })`: a list the server pages (`skip`/`limit`),
 * loaded a page at a time. Another input starts again from the first page and late answers of
 * the old one are ignored; a mutation that changes the action reloads it in place.
 */
import { useEffect, useRef, useState } from 'react'
import type { ActionName, FnName, InputOf, OutputOf } from '@contract/api'
import type { Page } from '@contract/fields'
import { call } from '@/cloud/client'
import type { Async } from './cache'
import { useCache } from './cache'
import type { CallError } from './errors'
import { asCallError } from './errors'
import { useCallScope } from './scope'

export interface PagedItems<T> {
  items: T[]
  total: number
  hasMore: boolean
}

export interface Paged<T> {
  pageSize: number
  /** The first page's loading / error / data; later pages report through the fields below. */
  state: Async<PagedItems<T>>
  loadingMore: boolean
  moreError: CallError | null
  /** Loads the first page again, keeping what is shown until the answer arrives. */
  reload(): Promise<void>
  loadMore(): Promise<void>
  /** Drops items that no longer belong (e.g. a decided registration leaves the pending queue). */
  remove(match: (item: T) => boolean): void
}

/** The item type of an action that answers a Page. */
export type ItemOf<F extends FnName, A extends ActionName<F>> =
  OutputOf<F, A> extends Page<infer T> ? T : never
/** Its input without the paging fields, which the hook supplies. */
export type PagedInput<F extends FnName, A extends ActionName<F>> = Omit<InputOf<F, A>, 'skip' | 'limit'>

export interface PagedOptions {
  /** @default 20 */
  pageSize?: number
  /** @default true */
  enabled?: boolean
  /** Made for the person a stand-in acts for (代办), when acting. @default false */
  forPrincipal?: boolean
}

export function usePagedQuery<F extends FnName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: PagedInput<F, A>,
  { pageSize = 20, enabled = true, forPrincipal = false }: PagedOptions = {},
): Paged<ItemOf<F, A>> {
  type T = ItemOf<F, A>
  const scope = useCallScope(forPrincipal)
  const key = `${scope.tag}|${JSON.stringify(input)}`
  const version = useCache((s) => s.versions[`${fn}.${action}`] ?? 0)
  const [state, setState] = useState<Async<PagedItems<T>>>({ data: null, loading: enabled, error: null })
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<CallError | null>(null)
  const latest = useRef({ input, state })
  latest.current = { input, state }
  const generation = useRef(0)
  // A ref, not state: two bottom-of-page events can arrive before the next render.
  const fetchingMore = useRef(false)

  const fetchPage = async (skip: number): Promise<Page<T>> => {
    const paged = { ...latest.current.input, skip, limit: pageSize } as unknown as InputOf<F, A>
    return (await call(fn, action, paged, scope.options)) as Page<T>
  }

  const first = async (keep: boolean) => {
    const gen = ++generation.current
    setState((s) => ({ data: keep ? s.data : null, loading: true, error: null }))
    setMoreError(null)
    setLoadingMore(false)
    try {
      const page = await fetchPage(0)
      if (gen !== generation.current) return
      setState({
        data: { items: page.items, total: page.total, hasMore: page.hasMore },
        loading: false,
        error: null,
      })
    } catch (err) {
      if (gen === generation.current) setState((s) => ({ ...s, loading: false, error: asCallError(err) }))
    }
  }

  useEffect(() => {
    if (enabled) first(false)
  }, [key, enabled])
  useEffect(() => {
    if (enabled && version > 0) first(true)
  }, [version])

  const loadMore = async () => {
    const { data, loading } = latest.current.state
    if (!data || !data.hasMore || fetchingMore.current || loading) return
    const gen = generation.current
    fetchingMore.current = true
    setLoadingMore(true)
    setMoreError(null)
    try {
      const page = await fetchPage(data.items.length)
      if (gen !== generation.current) return
      setState((s) => ({
        data: { items: [...(s.data?.items ?? []), ...page.items], total: page.total, hasMore: page.hasMore },
        loading: false,
        error: null,
      }))
    } catch (err) {
      if (gen === generation.current) setMoreError(asCallError(err))
    } finally {
      fetchingMore.current = false
      if (gen === generation.current) setLoadingMore(false)
    }
  }

  const remove = (match: (item: T) => boolean) =>
    setState((s) => {
      if (!s.data) return s
      const items = s.data.items.filter((i) => !match(i))
      const total = Math.max(0, s.data.total - (s.data.items.length - items.length))
      return { ...s, data: { ...s.data, items, total } }
    })

  return { pageSize, state, loadingMore, moreError, reload: () => first(true), loadMore, remove }
}
