import { ScrollView, View } from '@tarojs/components'
import './index.css'

export interface Tab<K extends string> {
  key: K
  label: string
}

interface Props<K extends string> {
  tabs: readonly Tab<K>[]
  value: K
  onChange(key: K): void
  /**
   * `pills` scroll sideways when there are many (buildings, units); `segment` splits the row
   * into equal parts for a few fixed choices (待审核 / 已通过 / 未通过). @default pills
   */
  variant?: 'pills' | 'segment'
  testId?: string
}

/** One row of big tabs. */
export function Tabs<K extends string>({ tabs, value, onChange, variant = 'pills', testId }: Props<K>) {
  const item = variant === 'segment' ? 'segment__item' : 'tab'
  const items = tabs.map((t) => (
    <View
      key={t.key}
      className={`${item}${t.key === value ? ` ${item}--on` : ''}`}
      onClick={() => onChange(t.key)}
      data-testid={`tab-${t.key}`}
    >
      {t.label}
    </View>
  ))
  if (variant === 'segment') {
    return (
      <View className='segment' data-testid={testId}>
        {items}
      </View>
    )
  }
  return (
    <ScrollView scrollX className='tabs' data-testid={testId}>
      {items}
    </ScrollView>
  )
}
