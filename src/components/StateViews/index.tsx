import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Async, CallError } from '@/data'
import { canRetry } from '@/data'
import { goHome } from '@/platform/nav'
import { Btn } from '@/components/Btn'

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='state' data-testid='state-loading'>
      <Text>{text}</Text>
    </View>
  )
}

interface ErrorViewProps {
  error: CallError
  onRetry?: () => unknown
  /** A way out when retrying will not help, e.g. 回到首页. */
  onHome?: () => unknown
  homeText?: string
}

/** An error in plain words, with a way forward. */
export function ErrorView({ error, onRetry, onHome, homeText = '回到首页' }: ErrorViewProps) {
  return (
    <View className='state' data-testid='state-error'>
      <View className='state__title'>没能打开</View>
      <View>{error.message}</View>
      {onRetry ? (
        <Btn className='btn btn--plain' onClick={onRetry}>
          重试
        </Btn>
      ) : null}
      {onHome ? (
        <Btn className='btn btn--ghost' onClick={onHome} data-testid='go-home'>
          {homeText}
        </Btn>
      ) : null}
    </View>
  )
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <View className='state' data-testid='state-empty'>
      <View className='state__title'>{title}</View>
      {children}
    </View>
  )
}

interface LoadableProps<T> {
  state: Async<T>
  onRetry?: () => unknown
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  loadingText?: string
  children: (data: T) => ReactNode
}

/** Renders loading, error, empty or the data — the four states every list and page has. */
export function Loadable<T>({ state, onRetry, isEmpty, empty, loadingText, children }: LoadableProps<T>) {
  if (state.error && !state.data) {
    // Asking again will not mend a refusal or a missing thing: offer the way home instead.
    const retry = canRetry(state.error)
    return (
      <ErrorView
        error={state.error}
        onRetry={retry ? onRetry : undefined}
        onHome={retry ? undefined : goHome}
      />
    )
  }
  if (!state.data) return <Loading text={loadingText} />
  if (isEmpty?.(state.data)) return <>{empty ?? <Empty title='暂时没有内容' />}</>
  return <>{children(state.data)}</>
}
