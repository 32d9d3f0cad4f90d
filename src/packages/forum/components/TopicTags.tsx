import { Text, View } from '@tarojs/components'
import type { TopicCard } from '@contract/forum'
import { CATEGORY_LABELS } from '@contract/forum/labels'
import { StatusTag } from './StatusTag'

/** Status, category, and the flags that matter: overdue, before the 站长, hidden. */
export function TopicTags({ topic }: { topic: TopicCard }) {
  return (
    <View>
      <StatusTag status={topic.status} />
      <Text className='tag tag--grey'>{CATEGORY_LABELS[topic.category]}</Text>
      {topic.overdue ? <Text className='tag'>已逾期</Text> : null}
      {topic.escalated && topic.status !== 'rated' ? <Text className='tag'>站长督办</Text> : null}
      {topic.hidden ? <Text className='tag tag--grey'>已隐藏</Text> : null}
    </View>
  )
}
