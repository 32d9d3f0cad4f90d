import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { usePagedQuery, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { dateTime } from '@/utils/format'
import { serviceText } from '../components/format'
import '../components/volunteer.css'

/** 我的积分: balance, earned and spent, service hours (spending never changes them), and every entry. */
export default function PointsPage() {
  const summary = useQuery('volunteer', 'myPoints', { limit: 1 }, { forPrincipal: true })
  const history = usePagedQuery('volunteer', 'myPoints', {})
  const s = summary.data?.summary
  return (
    <Screen testId='page-points'>
      {s ? (
        <View className='card'>
          <View className='vol-summary'>
            <View>
              <View className='vol-summary__figure' data-testid='points-balance'>
                {s.balance}
              </View>
              <View className='text-s muted'>可用积分</View>
            </View>
            <View>
              <View className='vol-summary__figure'>{serviceText(s.serviceMinutes)}</View>
              <View className='text-s muted'>志愿时长</View>
            </View>
          </View>
          <View className='text-s muted'>
            累计获得 {s.earned} 分，已兑换 {s.spent} 分。兑换只花积分，不影响志愿时长。
          </View>
          <Btn className='btn btn--primary' onClick={() => go('/packages/volunteer/rewards/index')}>
            去兑换
          </Btn>
        </View>
      ) : null}
      <PagedList
        list={history}
        testId='points-history'
        keyOf={(e) => e.entryId}
        emptyTitle='还没有积分记录'
        emptyHint={<View className='text-s'>参加志愿活动、组织者确认时长后就有积分了。</View>}
        renderItem={(e) => (
          <View className='card row' data-testid='points-entry'>
            <View>
              <View>{e.reason}</View>
              <View className='text-s muted'>{dateTime(e.at)}</View>
            </View>
            <View className={`title-l ${e.delta > 0 ? 'ok' : 'danger'}`}>
              {e.delta > 0 ? `+${e.delta}` : e.delta}
            </View>
          </View>
        )}
      />
    </Screen>
  )
}
