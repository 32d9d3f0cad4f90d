import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import type { ActivityDetail } from '@contract/volunteer'
import { CATEGORY_LABELS, PHASE_LABELS, pointsRuleText } from '@contract/volunteer/labels'
import { InfoRow } from '@/components/InfoRow'
import { Screen } from '@/components/Screen'
import { ErrorView, Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { goHome } from '@/platform/nav'
import { useSession } from '@/stores/session'
import { dateTime } from '@/utils/format'
import { timeRange } from '../components/format'
import { NoActivity } from '../components/NoActivity'
import { useStationParam } from '../components/useStationParam'
import { ManageLinks } from './ManageLinks'
import { MyPlace } from './MyPlace'
import '../components/volunteer.css'

/** One activity: what, when, where, places and points; my place and attendance; what I can do. */
export default function ActivityPage() {
  const id = useRouter().params.id ?? ''
  const entered = useStationParam()
  const station = useSession((s) => s.station)
  const detail = useQuery(
    'volunteer',
    'getActivity',
    { activityId: id },
    { enabled: entered.ready && !!id, forPrincipal: true },
  )

  usePullDownRefresh(() => {
    detail.reload().finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({
    title: detail.data ? `${detail.data.title}：一起来做志愿者` : '志愿活动',
    path: `/packages/volunteer/activity/index?id=${id}${station ? `&s=${station.code}` : ''}`,
  }))

  if (entered.error) return <ErrorView error={entered.error} onHome={goHome} />
  if (!id)
    return (
      <Screen testId='page-activity'>
        <NoActivity />
      </Screen>
    )
  return (
    <Screen testId='page-activity'>
      <Loadable state={detail} onRetry={detail.reload} loadingText='正在打开活动…'>
        {(a) => (
          <View>
            <About activity={a} />
            <MyPlace activity={a} />
            {a.canManage ? <ManageLinks activity={a} /> : null}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}

function About({ activity: a }: { activity: ActivityDetail }) {
  return (
    <View className='card' data-testid='activity-about'>
      <View className='vol-item__head'>
        <View className='title-xl vol-item__title' data-testid='activity-title'>
          {a.title}
        </View>
        <View className='tag' data-testid='activity-phase'>
          {a.remaining === 0 && a.phase === 'open' ? '已报满' : PHASE_LABELS[a.phase]}
        </View>
      </View>
      {a.phase === 'cancelled' ? (
        <View className='banner banner--warn' data-testid='cancel-reason'>
          活动已取消：{a.cancelReason}
        </View>
      ) : null}
      <InfoRow label='时间'>{timeRange(a.startAt, a.endAt)}</InfoRow>
      <InfoRow label='地点'>{a.place}</InfoRow>
      <InfoRow label='类别'>{CATEGORY_LABELS[a.category]}</InfoRow>
      <InfoRow label='组织'>{a.teamName}</InfoRow>
      <InfoRow label='名额' testId='activity-places'>
        已报名 {a.signedUp}/{a.capacity}
        {a.waitlisted > 0 ? `，候补 ${a.waitlisted} 人` : ''}
      </InfoRow>
      <InfoRow label='积分'>{pointsRuleText(a.points)}</InfoRow>
      <InfoRow label='报名截止'>{dateTime(a.signupDeadline)}</InfoRow>
      {a.hasGeofence ? (
        <View className='text-s muted'>签到时需要在活动地点附近（会请您允许获取位置）。</View>
      ) : null}
      {a.description ? <View className='vol-description'>{a.description}</View> : null}
    </View>
  )
}
