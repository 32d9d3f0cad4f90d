import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { TileGrid } from '@/components/TileGrid'
import { useMe, usePagedQuery, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { ActivityItem } from '../components/ActivityItem'
import { serviceText } from '../components/format'
import '../components/volunteer.css'

type When = 'upcoming' | 'past'

const V = '/packages/volunteer'

/** 志愿服务: activities to join, my points and hours at a glance, and the way to everything else. */
export default function VolunteerHome() {
  const [when, setWhen] = useState<When>('upcoming')
  const me = useMe()
  const verified = me.data?.member?.status === 'verified'
  const list = usePagedQuery('volunteer', 'listActivities', { when })
  const points = useQuery('volunteer', 'myPoints', { limit: 1 }, { enabled: verified, forPrincipal: true })

  usePullDownRefresh(() => {
    Promise.all([list.reload(), points.reload()]).finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <Screen testId='page-volunteer'>
      {verified && points.data ? (
        <View className='card vol-summary' data-testid='my-summary'>
          <View onClick={() => go(`${V}/points/index`)}>
            <View className='vol-summary__figure' data-testid='my-balance'>
              {points.data.summary.balance}
            </View>
            <View className='text-s muted'>我的积分</View>
          </View>
          <View onClick={() => go(`${V}/mine/index`)}>
            <View className='vol-summary__figure' data-testid='my-hours'>
              {serviceText(points.data.summary.serviceMinutes)}
            </View>
            <View className='text-s muted'>志愿时长</View>
          </View>
        </View>
      ) : null}
      <TileGrid
        testId='volunteer-tiles'
        tiles={[
          { key: 'mine', icon: '🙋', title: '我的活动', onTap: () => go(`${V}/mine/index`) },
          { key: 'rewards', icon: '🎁', title: '积分兑换', onTap: () => go(`${V}/rewards/index`) },
          { key: 'honour', icon: '🏅', title: '光荣榜', onTap: () => go(`${V}/honour/index`) },
          { key: 'certificate', icon: '📄', title: '时长证明', onTap: () => go(`${V}/certificate/index`) },
        ]}
      />
      <Tabs<When>
        tabs={[
          { key: 'upcoming', label: '近期活动' },
          { key: 'past', label: '往期活动' },
        ]}
        value={when}
        onChange={setWhen}
        variant='segment'
        testId='when-tabs'
      />
      <PagedList
        list={list}
        testId='activity-list'
        keyOf={(a) => a.activityId}
        emptyTitle={when === 'upcoming' ? '近期还没有活动' : '还没有往期活动'}
        emptyHint={
          when === 'upcoming' ? <View className='text-s'>驿站发布新活动后会出现在这里。</View> : null
        }
        renderItem={(a) => <ActivityItem activity={a} />}
      />
    </Screen>
  )
}
