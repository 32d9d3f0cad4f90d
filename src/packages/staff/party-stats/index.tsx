import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useEffect } from 'react'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { usePartyStats } from '@/stores/staff/partyStats'
import { StaffGate } from '../components/StaffGate'
import { thousands } from '../components/format'
import { ByBuilding, ByPost } from './StatTables'
import { PostManager } from './PostManager'
import '../components/staff.css'

/** 党员报到统计: who reported in and took up a post, and the posts on offer. */
export default function PartyStatsPage() {
  return (
    <Screen testId='page-party-stats'>
      <StaffGate allow={(p) => p.isStaff}>{() => <PartyStatsView />}</StaffGate>
    </Screen>
  )
}

function PartyStatsView() {
  const { stats, loadStats, loadPosts } = usePartyStats()
  useEffect(() => {
    loadStats()
    loadPosts()
  }, [])
  usePullDownRefresh(() => {
    Promise.all([loadStats(), loadPosts()]).finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View>
      <Loadable state={stats} onRetry={loadStats} loadingText='正在统计…'>
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
