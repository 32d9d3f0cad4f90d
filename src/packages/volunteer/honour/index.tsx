import { View } from '@tarojs/components'
import { useState } from 'react'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { Tabs } from '@/components/Tabs'
import { useQuery } from '@/data'
import { serviceText } from '../components/format'
import '../components/volunteer.css'

type Period = 'month' | 'all'
type By = 'hours' | 'points'

/** 光荣榜: this month's and all-time volunteers by hours or points, and the 红旗好人 staff feature. */
export default function HonourPage() {
  const [period, setPeriod] = useState<Period>('month')
  const [by, setBy] = useState<By>('hours')
  const roll = useQuery('volunteer', 'honourRoll', { period, by })
  return (
    <Screen testId='page-honour'>
      <Tabs<Period>
        tabs={[
          { key: 'month', label: '本月' },
          { key: 'all', label: '累计' },
        ]}
        value={period}
        onChange={setPeriod}
        variant='segment'
        testId='period-tabs'
      />
      <Tabs<By>
        tabs={[
          { key: 'hours', label: '按时长' },
          { key: 'points', label: '按积分' },
        ]}
        value={by}
        onChange={setBy}
        variant='segment'
        testId='by-tabs'
      />
      <Loadable state={roll} onRetry={roll.reload}>
        {(r) => (
          <View>
            {r.featured.length > 0 ? (
              <View className='card' data-testid='featured'>
                <View className='card__title'>红旗好人</View>
                {r.featured.map((f) => (
                  <View key={f.featuredId} className='row'>
                    <View>
                      <View className='title-l'>🚩 {f.name}</View>
                      <View className='text-s'>{f.story}</View>
                    </View>
                  </View>
                ))}
              </View>
            ) : null}
            <View className='card' data-testid='honour-list'>
              <View className='card__title'>{period === 'month' ? '本月志愿之星' : '累计志愿之星'}</View>
              {r.entries.length === 0 ? <View className='muted'>这段时间还没有确认的志愿时长。</View> : null}
              {r.entries.map((e) => (
                <View key={e.memberId} className='row' data-testid='honour-entry'>
                  <View className='vol-rank'>{e.rank}</View>
                  <View style={{ flex: 1 }}>
                    <View className='title-l'>{e.name}</View>
                    <View className='text-s muted'>参加 {e.attendances} 次</View>
                  </View>
                  <View className='title-l' data-testid='honour-figure'>
                    {by === 'hours' ? serviceText(e.minutes) : `${e.points} 分`}
                  </View>
                </View>
              ))}
            </View>
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
