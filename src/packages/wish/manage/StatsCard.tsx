import { View } from '@tarojs/components'
import type { WishStats } from '@contract/wish'
import { Loadable } from '@/components/StateViews'
import type { Query } from '@/data'

/** The station's wish figures: in all, and month by month (months with nothing are left out). */
export function StatsCard({ stats }: { stats: Query<WishStats> }) {
  return (
    <View className='card' data-testid='wish-stats'>
      <View className='card__title'>心愿统计</View>
      <Loadable state={stats} onRetry={stats.reload}>
        {(s) => (
          <View>
            <View className='wish-figures'>
              <Figure value={s.total.posted} label='发布' />
              <Figure value={s.total.confirmed} label='已实现' />
              <Figure value={s.total.fulfilled} label='完成' />
              <Figure value={s.total.points} label='发出积分' />
            </View>
            <View className='wish-stats__row muted text-s'>
              <View className='wish-stats__cell wish-stats__cell--month'>月份</View>
              <View className='wish-stats__cell'>发布</View>
              <View className='wish-stats__cell'>完成</View>
              <View className='wish-stats__cell'>实现</View>
            </View>
            {s.months
              .filter((m) => m.posted + m.fulfilled + m.confirmed > 0)
              .map((m) => (
                <View className='wish-stats__row' key={m.month} data-testid={`month-${m.month}`}>
                  <View className='wish-stats__cell wish-stats__cell--month'>{monthText(m.month)}</View>
                  <View className='wish-stats__cell'>{m.posted}</View>
                  <View className='wish-stats__cell'>{m.fulfilled}</View>
                  <View className='wish-stats__cell'>{m.confirmed}</View>
                </View>
              ))}
          </View>
        )}
      </Loadable>
    </View>
  )
}

/** 12月 this year, 2025年12月 before. */
function monthText(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return year === new Date().getFullYear() ? `${m}月` : `${year}年${m}月`
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <View className='wish-figures__item'>
      <View className='wish-figures__value'>{value}</View>
      <View className='text-s muted'>{label}</View>
    </View>
  )
}
