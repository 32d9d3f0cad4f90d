import { Text, View } from '@tarojs/components'
import type { SessionCard as Card } from '@contract/forum'
import { SIDE_LABELS } from '@contract/labels'
import { go } from '@/platform/nav'
import { dateTime } from '@/utils/format'
import { FORUM } from './paths'

/** One evening session in a list: when, where, who hosts, and whether I am coming. */
export function SessionCard({ session: s }: { session: Card }) {
  return (
    <View className='topic-card' onClick={() => go(FORUM.session(s.sessionId))} data-testid='session-card'>
      <View>
        {s.status === 'cancelled' ? <Text className='tag tag--grey'>已取消</Text> : null}
        {s.signedUp ? <Text className='tag tag--ok'>已报名</Text> : null}
        {s.checkedIn ? <Text className='tag tag--ok'>已签到</Text> : null}
        {s.hasMinutes ? <Text className='tag tag--grey'>有纪要</Text> : null}
      </View>
      <View className='topic-card__title'>{s.title}</View>
      <View className='text-s'>
        {dateTime(s.startAt)} · {s.place}
      </View>
      <View className='topic-card__foot'>
        <Text>{s.hosts.map((h) => `${SIDE_LABELS[h.side]}${h.name}`).join('、')}</Text>
        <Text>
          议题{s.agendaCount}个 · 报名{s.signupCount}人{s.past ? ` · 到场${s.checkinCount}人` : ''}
        </Text>
      </View>
    </View>
  )
}
