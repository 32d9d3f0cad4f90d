import { View } from '@tarojs/components'
import { Empty } from '@/components/StateViews'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'

/** A page about one activity opened without saying which (an old link, a bare path): offer this week's. */
export function NoActivity() {
  const week = useQuery('volunteer', 'listActivities', { when: 'week', limit: 5 })
  return (
    <Empty title='没有找到这个活动'>
      {(week.data?.items ?? []).map((a) => (
        <View
          key={a.activityId}
          className='link-line'
          onClick={() => go(`/packages/volunteer/activity/index?id=${a.activityId}`)}
        >
          {a.title}
        </View>
      ))}
      <View className='link-line' onClick={() => go('/packages/volunteer/index/index')}>
        看看全部活动
      </View>
    </Empty>
  )
}
