import { View } from '@tarojs/components'
import { Fragment, useState } from 'react'
import type { ReactNode } from 'react'
import { Btn } from '@/components/Btn'

interface Props<T> {
  items: T[]
  keyOf(item: T, index: number): string
  renderItem(item: T, index: number): ReactNode
  /** How many to show at first and per tap. @default 20 */
  step?: number
  testId?: string
}

/** A list the server sends whole (buildings, role holders), shown a screenful at a time. */
export function ShowMore<T>({ items, keyOf, renderItem, step = 20, testId }: Props<T>) {
  const [shown, setShown] = useState(step)
  const rest = items.length - shown
  return (
    <View data-testid={testId}>
      {items.slice(0, shown).map((item, i) => (
        <Fragment key={keyOf(item, i)}>{renderItem(item, i)}</Fragment>
      ))}
      {rest > 0 ? (
        <Btn className='btn btn--ghost' onClick={() => setShown(shown + step)} data-testid='show-more'>
          显示更多（还有 {rest} 项）
        </Btn>
      ) : null}
    </View>
  )
}
