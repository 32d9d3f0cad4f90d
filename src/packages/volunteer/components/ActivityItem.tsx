import { View } from '@tarojs/components'
import type { ActivityCard } from '@contract/volunteer'
import { CATEGORY_LABELS, PHASE_LABELS, pointsRuleText } from '@contract/volunteer/labels'
import { go } from '@/platform/nav'
import { timeRange } from './format'

const PHASE_TAG: Record<string, string> = {
  open: 'tag--ok',
  ongoing: 'tag',
  closed: 'tag--grey',
  ended: 'tag--grey',
  finished: 'tag--grey',
  cancelled: 'tag--grey',
  draft: 'tag--warn',
}

/** One activity in a list: what, when, where, who runs it, places left; taps open it. */
export function ActivityItem({ activity: a, to }: { activity: ActivityCard; to?: string }) {
  const full = a.remaining === 0 && a.phase === 'open'
  return (
    <View
      className='card vol-item'
      data-testid={`activity-${a.activityId}`}
      onClick={() => go(to ?? `/packages/volunteer/activity/index?id=${a.activityId}`)}
    >
      <View className='vol-item__head'>
        <View className='title-l vol-item__title'>{a.title}</View>
        <View className={`tag ${PHASE_TAG[a.phase] ?? ''}`} data-testid='activity-phase'>
          {full ? '已报满' : PHASE_LABELS[a.phase]}
        </View>
      </View>
      <View className='text-s'>
        {CATEGORY_LABELS[a.category]} · {a.teamName}
      </View>
      <View>{timeRange(a.startAt, a.endAt)}</View>
      <View className='muted'>{a.place}</View>
      <View className='text-s vol-item__foot'>
        <View>
          已报名 {a.signedUp}/{a.capacity}
        </View>
        <View className='muted'>{pointsRuleText(a.points)}</View>
      </View>
    </View>
  )
}
