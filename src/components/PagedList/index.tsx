import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { Fragment } from 'react'
import type { ReactNode } from 'react'
import type { Paged, PagedItems } from '@/data'
import { Btn } from '@/components/Btn'
import { Empty, Loadable } from '../StateViews'

interface PagedListProps<T> {
  /** From `usePagedQuery`. */
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
      onRetry={list.reload}
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
        disabled={list.loadingMore}
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
