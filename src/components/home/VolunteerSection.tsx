import { View } from '@tarojs/components'
import type { ActivityPhase } from '@contract/volunteer/labels'
import { PHASE_LABELS } from '@contract/volunteer/labels'
import type { MeView } from '@contract/station'
import { TileGrid } from '@/components/TileGrid'
import type { Tile } from '@/components/TileGrid'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'

const V = '/packages/volunteer'

/**
 * The station home's volunteering: what is on this week (anyone may look), and for an organiser or
 * a merchant the pages their role opens (staff find them in 工作台).
 */
export function VolunteerSection({ me }: { me: MeView | null }) {
  const week = useQuery('volunteer', 'listActivities', { when: 'week', limit: 3 })
  const items = week.data?.items ?? []
  const roles = me?.permissions.isStaff ? [] : (me?.roles ?? [])
  const tiles: Tile[] = [
    ...(roles.includes('organiser')
      ? [{ key: 'organise', icon: '🙌', title: '活动管理', onTap: () => go(`${V}/manage/activities/index`) }]
      : []),
    ...(roles.includes('merchant')
      ? [
          { key: 'vouchers', icon: '🎫', title: '核销优惠券', onTap: () => go(`${V}/manage/vouchers/index`) },
          { key: 'rewards', icon: '🎁', title: '我的优惠券', onTap: () => go(`${V}/manage/rewards/index`) },
        ]
      : []),
  ]
  return (
    <View className='card' data-testid='home-volunteer'>
      <View className='card__title' onClick={() => go(`${V}/index/index`)}>
        本周志愿活动
      </View>
      {tiles.length > 0 ? <TileGrid tiles={tiles} testId='volunteer-role-tiles' /> : null}
      {items.length === 0 && !week.loading ? (
        <View className='muted'>这周还没有活动，去看看往期活动吧。</View>
      ) : null}
      {items.map((a) => (
        <View
          key={a.activityId}
          className='row'
          onClick={() => go(`${V}/activity/index?id=${a.activityId}`)}
          data-testid={`week-${a.activityId}`}
        >
          <View>
            <View>{a.title}</View>
            <View className='text-s muted'>
              {shortDate(a.startAt)} · {a.place}
            </View>
          </View>
          <View className='text-s'>{placesText(a.phase, a.signedUp, a.capacity)}</View>
        </View>
      ))}
      <View className='link-line' onClick={() => go(`${V}/index/index`)} data-testid='all-activities'>
        全部活动、积分兑换、光荣榜 ›
      </View>
    </View>
  )
}

/** In words an elder reads at a glance: on now, sign-up over, full (the waitlist takes names), or places taken. */
function placesText(phase: ActivityPhase, signedUp: number, capacity: number): string {
  if (phase !== 'open') return PHASE_LABELS[phase]
  if (signedUp >= capacity) return '已满，可候补'
  return `已报${signedUp}/${capacity}人`
}
