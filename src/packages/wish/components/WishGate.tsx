import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { Loadable } from '@/components/StateViews'
import { useMe } from '@/data'
import { goHome, restart } from '@/platform/nav'
import { useSession } from '@/stores/session'

/**
 * Opens a wish page for verified residents. Unlike pages done as oneself, it stays open while a
 * stand-in acts for a neighbour (代办): posting, following and confirming a wish can be done for
 * them (the server allows exactly those); `me` is then the neighbour.
 */
export function WishGate({ children }: { children(me: MeView): ReactNode }) {
  const station = useSession((s) => s.station)
  const me = useMe()
  if (!station)
    return (
      <View className='state' data-testid='gate-no-station'>
        <View className='state__title'>还没有进入驿站</View>
        <Btn className='btn btn--primary' onClick={restart}>
          去扫码进入
        </Btn>
      </View>
    )
  return (
    <Loadable state={me} onRetry={me.reload}>
      {(view) =>
        view.member?.status === 'verified' ? (
          <>{children(view)}</>
        ) : (
          <View className='state' data-testid='gate-denied'>
            <View className='state__title'>登记通过后就能用</View>
            <View>登记审核通过的居民可以看心愿墙、发布和认领心愿。</View>
            <Btn className='btn btn--ghost' onClick={goHome} data-testid='go-home'>
              回到首页
            </Btn>
          </View>
        )
      }
    </Loadable>
  )
}
