import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { usePrefs } from '@/stores/prefs'
import { ActingBanner } from '../ActingBanner'
import { DevSwitcher } from '../DevSwitcher'

/**
 * Every page's outer frame: applies 大字模式, says on every page when a stand-in is acting for
 * someone (代办), and, in the local H5 build only, ends with the demo identity switcher (at the
 * foot of the page rather than floating over it, so it covers no tab, chip or button).
 */
export function Screen({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  const largeText = usePrefs((s) => s.largeText)
  return (
    <View className={`screen${largeText ? ' screen--large' : ''}`} data-testid={testId}>
      <ActingBanner />
      {children}
      {LOCAL_CLOUD ? <DevSwitcher /> : null}
    </View>
  )
}
