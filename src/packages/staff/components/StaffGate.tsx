import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import type { ReactNode } from 'react'
import type { MeView, Permissions } from '@contract/station'
import { Loadable } from '@/components/StateViews'
import { useSession } from '@/stores/session'
import { Btn } from '@/components/Btn'

interface Props {
  /** Who may use the page; the server checks again on every call. */
  allow(permissions: Permissions, me: MeView): boolean
  /** What to say to someone who may not. */
  deniedText?: string
  children(me: MeView): ReactNode
}

/**
 * Opens a staff page only for those it is for: loads who I am if the page was opened directly
 * (a shared link, a reload), and says so in words when I may not use it.
 */
export function StaffGate({ allow, deniedText = '这个页面只有驿站工作人员可以使用', children }: Props) {
  const station = useSession((s) => s.station)
  const me = useSession((s) => s.me)
  const loadMe = useSession((s) => s.loadMe)

  useEffect(() => {
    if (station && !me.data && !me.loading) loadMe()
  }, [station?.stationId])

  if (!station) {
    return (
      <View className='state' data-testid='gate-no-station'>
        <View className='state__title'>还没有进入驿站</View>
        <View>请先扫描驿站二维码。</View>
        <Btn className='btn btn--primary' onClick={() => Taro.reLaunch({ url: '/pages/entry/index' })}>
          去扫码进入
        </Btn>
      </View>
    )
  }
  return (
    <Loadable state={me} onRetry={loadMe}>
      {(view) =>
        allow(view.permissions, view) ? (
          <View className='staff-root'>{children(view)}</View>
        ) : (
          <View className='state' data-testid='gate-denied'>
            <View className='state__title'>无法使用</View>
            <View>{deniedText}</View>
          </View>
        )
      }
    </Loadable>
  )
}
