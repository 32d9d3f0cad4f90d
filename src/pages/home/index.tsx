import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { go } from '@/services/platform'
import { useSession } from '@/stores/session'
import { useStation } from '@/stores/station'
import { MemberBanner } from './MemberBanner'
import { StaffGrid } from './StaffGrid'
import { StationProfileView } from './StationProfileView'

/** The station's home: who runs it, when it is open, what it offers, and where I stand. */
export default function Home() {
  const station = useSession((s) => s.station)
  const me = useSession((s) => s.me)
  const loadMe = useSession((s) => s.loadMe)
  const { profile, loadProfile } = useStation()

  const refresh = async () => {
    if (!station) return
    await Promise.all([loadProfile(), loadMe()])
  }

  useDidShow(() => {
    if (!station) {
      go('/pages/entry/index').catch(() => Taro.reLaunch({ url: '/pages/entry/index' }))
      return
    }
    if (profile.data?.stationId !== station.stationId || !me.data) refresh()
  })

  usePullDownRefresh(() => {
    refresh().finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({
    title: station ? `${station.name}：欢迎邻居们来登记` : '邻里驿站',
    path: station ? `/pages/entry/index?s=${station.code}` : '/pages/entry/index',
  }))

  return (
    <Screen testId='page-home'>
      <Loadable state={profile} onRetry={refresh} loadingText='正在打开驿站…'>
        {(p) => (
          <View>
            <View className='hero' data-testid='station-hero'>
              <View className='title-xl' data-testid='station-name'>
                {p.name}
              </View>
              <View className='muted'>{p.community}</View>
            </View>
            <MemberBanner me={me} onRetry={loadMe} />
            {me.data?.permissions ? <StaffGrid permissions={me.data.permissions} /> : null}
            <StationProfileView profile={p} />
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
