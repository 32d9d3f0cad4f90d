import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { AccessGate } from '@/components/AccessGate'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { thousands } from '@/utils/format'
import { ByBuilding, ByPost } from './StatTables'
import { PostManager } from './PostManager'
import '../../components/staff.css'

/** 党员报到统计: who reported in and took up a post, and the posts on offer. */
export default function PartyStatsPage() {
  return (
    <Screen testId='page-party-stats'>
      <AccessGate allow={(p) => p.isStaff}>{() => <PartyStatsView />}</AccessGate>
    </Screen>
  )
}

function PartyStatsView() {
  const stats = useQuery('station', 'partyStats', {})
  usePullDownRefresh(() => {
    stats.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View>
      <Loadable state={stats} onRetry={stats.reload} loadingText='正在统计…'>
        {(s) => (
          <View>
            <View className='staff-stats' data-testid='party-totals'>
              <View className='staff-stat'>
                <View className='staff-stat__value' data-testid='total-reported'>
                  {thousands(s.reported)}
                </View>
                <View className='staff-stat__label'>已报到（人）</View>
              </View>
              <View className='staff-stat'>
                <View className='staff-stat__value' data-testid='total-claimed'>
                  {thousands(s.claimed)}
                </View>
                <View className='staff-stat__label'>认领岗位（人）</View>
              </View>
            </View>
            <ByBuilding rows={s.byBuilding} />
            <ByPost rows={s.byPost} />
          </View>
        )}
      </Loadable>
      <PostManager />
    </View>
  )
}
