import { Text, View } from '@tarojs/components'
import type { Holder, TimelineView } from '@contract/forum'
import { HAND_BACK_LABELS, holderLabel, SCORE_LABELS, STEP_LABELS } from '@contract/forum/labels'
import { SIDE_LABELS } from '@contract/labels'
import { dateTime } from '@/utils/format'
import { duration } from '../components/duration'

/** 在物业手上已3天 (still with them) or 物业用时2天 (passed on); the author's turn is to confirm. */
function heldText(holder: Holder, ms: number, current: boolean): string {
  if (holder === 'author')
    return current ? `等提出人确认，已${duration(ms)}` : `提出人确认用时${duration(ms)}`
  return current
    ? `在${holderLabel(holder)}手上已${duration(ms)}`
    : `${holderLabel(holder)}用时${duration(ms)}`
}

/** Every step, who took it, and how long each holder had the topic. */
export function Timeline({ entries }: { entries: TimelineView[] }) {
  return (
    <View className='card' data-testid='timeline'>
      <View className='card__title'>办理过程</View>
      {entries.map((e, i) => (
        <View className='timeline__item' key={`${e.step}-${i}`} data-testid={`step-${e.step}`}>
          <View className='timeline__dot' />
          <View className='timeline__step'>
            {STEP_LABELS[e.step]}
            {e.step === 'assigned' && e.side ? `给${SIDE_LABELS[e.side]}` : ''}
            {e.score ? ` ${e.score}星（${SCORE_LABELS[e.score]}）` : ''}
          </View>
          <View className='timeline__meta'>
            {e.who} · {dateTime(e.at)}
            {e.dueDate ? ` · 期限 ${e.dueDate}` : ''}
          </View>
          {e.reasonCode ? (
            <View className='timeline__note'>原因：{HAND_BACK_LABELS[e.reasonCode]}</View>
          ) : null}
          {e.note ? <View className='timeline__note'>{e.note}</View> : null}
          {e.heldMs !== null && e.holder !== 'none' ? (
            <Text className='timeline__held' data-testid='held'>
              {heldText(e.holder, e.heldMs, !entries.slice(i + 1).some((n) => n.holder !== e.holder))}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
