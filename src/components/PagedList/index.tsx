import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { Fragment, useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { Page } from '@contract/fields'
import type { CallError } from '@/services/cloud'
import type { Async } from '@/stores/async'
import { asCallError, idle } from '@/stores/async'
import { Empty, Loadable } from '../StateViews'
import { Btn } from '@/components/Btn'

/** Fetches one page: the server's `skip`/`limit` paging, as every list action takes. */
export type PageLoader<T> = (skip: number, limit: number) => Promise<Page<T>>

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
  /** Replaces items in place (e.g. after an edit). */
  update(match: (item: T) => boolean, next: (item: T) => T): void
}

/**
 * The state of one server-paged list. `key` names the query: when it changes (another tab,
 * another filter), the list starts again from the first page and late answers of the old
 * query are ignored.
 */
export function usePaged<T>(loader: PageLoader<T>, key: string, pageSize = 20): Paged<T> {
  const [state, setState] = useState<Async<PagedItems<T>>>(idle())
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<CallError | null>(null)
  const loaderRef = useRef(loader)
  loaderRef.current = loader
  const generation = useRef(0)
  const current = useRef(state)
  current.current = state

  const first = async (keep: boolean) => {
    const gen = ++generation.current
    setState((s) => ({ data: keep ? s.data : null, loading: true, error: null }))
    setMoreError(null)
    setLoadingMore(false)
    try {
      const page = await loaderRef.current(0, pageSize)
      if (gen !== generation.current) return
      setState({
        data: { items: page.items, total: page.total, hasMore: page.hasMore },
        loading: false,
        error: null,
      })
    } catch (err) {
      if (gen !== generation.current) return
      setState((s) => ({ ...s, loading: false, error: asCallError(err) }))
    }
  }

  useEffect(() => {
    first(false)
  }, [key])

  // A ref, not state: two bottom-of-page events can arrive before the next render.
  const fetchingMore = useRef(false)
  const loadMore = async () => {
    const data = current.current.data
    if (!data || !data.hasMore || fetchingMore.current || current.current.loading) return
    const gen = generation.current
    fetchingMore.current = true
    setLoadingMore(true)
    setMoreError(null)
    try {
      const page = await loaderRef.current(data.items.length, pageSize)
      if (gen !== generation.current) return
      setState((s) => {
        const prev = s.data?.items ?? []
        return {
          data: { items: [...prev, ...page.items], total: page.total, hasMore: page.hasMore },
          loading: false,
          error: null,
        }
      })
    } catch (err) {
      if (gen === generation.current) setMoreError(asCallError(err))
    } finally {
      fetchingMore.current = false
      if (gen === generation.current) setLoadingMore(false)
    }
  }

  const edit = (fn: (items: T[]) => T[]) =>
    setState((s) => {
      if (!s.data) return s
      const items = fn(s.data.items)
      const removed = s.data.items.length - items.length
      return { ...s, data: { ...s.data, items, total: Math.max(0, s.data.total - removed) } }
    })

  return {
    pageSize,
    state,
    loadingMore,
    moreError,
    reload: () => first(true),
    loadMore,
    remove: (match) => edit((items) => items.filter((i) => !match(i))),
    update: (match, next) => edit((items) => items.map((i) => (match(i) ? next(i) : i))),
  }
}

/** Errors that asking again will not mend (no permission, gone, wrong input): no retry button. */
export function canRetry(error: CallError | null): boolean {
  return (
    !error ||
    !['FORBIDDEN', 'NOT_MEMBER', 'NOT_FOUND', 'INVALID_INPUT', 'UNAUTHENTICATED'].includes(error.code)
  )
}

/** A page cut from a list the server sends whole (e.g. buildings), so it renders like the rest. */
export function pageFrom<T>(all: T[], skip: number, limit: number): Page<T> {
  const items = all.slice(skip, skip + limit)
  return { items, total: all.length, skip, limit, hasMore: skip + items.length < all.length }
}

interface PagedListProps<T> {
  list: Paged<T>
  keyOf(item: T): string
  renderItem(item: T, index: number): ReactNode
  /** What an empty list says, e.g. “暂时没有待审核的登记”. @default 暂时没有内容 */
  emptyTitle?: string
  /** Extra words or a next step under the empty title. */
  emptyHint?: ReactNode
  loadingText?: string
  /** Shown above the items, e.g. (total) => `共 ${total} 条`. */
  header?(total: number): ReactNode
  /** Load the next page when the page is scrolled to the bottom. @default true */
  autoLoad?: boolean
  testId?: string
}

/**
 * A list that pages through results: loading, error (with retry), empty, the items, and a
 * “加载更多” button (also triggered by scrolling to the bottom).
 */
export function PagedList<T>(props: PagedListProps<T>) {
  const {
    list,
    keyOf,
    renderItem,
    emptyTitle = '暂时没有内容',
    emptyHint,
    loadingText,
    header,
    autoLoad = true,
    testId,
  } = props
  useReachBottom(() => {
    if (autoLoad) list.loadMore()
  })
  return (
    <Loadable
      state={list.state}
      onRetry={canRetry(list.state.error) ? list.reload : undefined}
      loadingText={loadingText}
      isEmpty={(d) => d.items.length === 0}
      empty={<Empty title={emptyTitle}>{emptyHint}</Empty>}
    >
      {(data) => (
        <View data-testid={testId}>
          {header ? header(data.total) : null}
          {data.items.map((item, i) => (
            <Fragment key={keyOf(item)}>{renderItem(item, i)}</Fragment>
          ))}
          <ListFooter list={list} data={data} counted={!!header} />
        </View>
      )}
    </Loadable>
  )
}

function ListFooter<T>({ list, data, counted }: { list: Paged<T>; data: PagedItems<T>; counted: boolean }) {
  if (list.moreError) {
    return (
      <View className='state' data-testid='load-more-error'>
        <View className='danger'>{list.moreError.message}</View>
        <Btn className='btn btn--plain' onClick={list.loadMore}>
          重试
        </Btn>
      </View>
    )
  }
  if (data.hasMore) {
    return (
      <Btn
        className='btn btn--ghost'
        disabled={list.loadingMore || undefined}
        onClick={list.loadMore}
        data-testid='load-more'
      >
        {list.loadingMore ? '正在加载…' : `加载更多（还有 ${data.total - data.items.length} 条）`}
      </Btn>
    )
  }
  if (list.state.loading) return <View className='state text-s'>正在刷新…</View>
  // A short list under a “共 N 条” header needs no footer.
  if (counted && data.items.length <= list.pageSize) return null
  return (
    <View className='state text-s' data-testid='list-end'>
      共 {data.total} 条，已经到底了
    </View>
  )
}
