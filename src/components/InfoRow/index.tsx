import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

/**
 * A label and its value on one line. The label never wraps (“姓名”, not “姓/名”); a long value
 * (欧阳·阿卜杜勒·热合曼·买买提江·艾力) wraps under itself instead.
 */
export function InfoRow({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <View className='row info-row' data-testid={testId}>
      <View className='info-row__label muted'>{label}</View>
      <View className='info-row__value'>{children}</View>
    </View>
  )
}
