import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { usePrefs } from '@/stores/prefs'
import { DevSwitcher } from '../DevSwitcher'

/**
 * Every page's outer frame: applies 大字模式 and, in the local H5 build only, the dev
 * identity switcher.
 */
export function Screen({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const largeText = usePrefs((s) => s.largeText)
  return (
    <View className={`screen${largeText ? ' screen--large' : ''}`} data-testid={testId}>
      {children}
      {LOCAL_CLOUD ? <DevSwitcher /> : null}
    </View>
  )
}
