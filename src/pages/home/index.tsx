import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { Screen } from '@/components/Screen'
import { ForumCard } from '@/components/home/ForumCard'
import { NoticeHome } from '@/components/home/NoticeHome'
import { Loadable } from '@/components/StateViews'
import { VolunteerSection } from '@/components/home/VolunteerSection'
import { WishSection } from '@/components/home/WishSection'
import { useMe, useQuery } from '@/data'
import { restart } from '@/platform/nav'
import { useSession } from '@/stores/session'
import { ForYou } from './ForYou'
import { MemberBanner } from './MemberBanner'
import { StaffGrid } from './StaffGrid'
import { StationProfileView } from './StationProfileView'

/** The station's home: where I stand, what the station has for me, who runs it and when it is open. */
export default function Home() {
  const station = useSession((s) => s.station)
  const me = useMe()
  const profile = useQuery('station', 'get', {}, { enabled: !!station })

  useDidShow(() => {
    if (!station) restart()
  })

  usePullDownRefresh(() => {
    Promise.all([profile.reload(), me.reload()]).finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({
    title: station ? `${station.name}：欢迎邻居们来登记` : '邻里驿站',
    path: station ? `/pages/entry/index?s=${station.code}` : '/pages/entry/index',
  }))

  // A verified resident's home has each domain's card.
  const verified = me.data?.member?.status === 'verified' ? me.data : null

  return (
    <Screen testId='page-home'>
      <Loadable state={profile} onRetry={profile.reload} loadingText='正在打开驿站…'>
        {(p) => (
          <View>
            <View className='hero' data-testid='station-hero'>
              <View className='title-xl' data-testid='station-name'>
                {p.name}
              </View>
              <View className='muted'>{p.community}</View>
            </View>
            <MemberBanner me={me} onRetry={me.reload} />
            {/* Staff come here to work first: what waits for them, then what they can do as residents. */}
            {me.data?.permissions ? <StaffGrid permissions={me.data.permissions} /> : null}
            {verified ? (
              <View>
                <NoticeHome />
                <ForYou me={verified} profile={p} />
              </View>
            ) : null}
            <VolunteerSection me={me.data} />
            {verified ? (
              <View>
                <ForumCard me={verified} />
                <WishSection />
              </View>
            ) : null}
            <StationProfileView profile={p} />
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
