import { Text, View } from '@tarojs/components'
import type { TopicCard as Card } from '@contract/forum'
import { holderLabel } from '@contract/forum/labels'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import { FORUM } from './paths'
import { TopicTags } from './TopicTags'

/** One topic in a list: status, who holds it, title, the start of the text, supports and replies. */
export function TopicCard({ topic }: { topic: Card }) {
  const held = topic.holder !== 'none' && topic.status !== 'replied' && topic.status !== 'resolved'
  return (
    <View className='topic-card' onClick={() => go(FORUM.topic(topic.topicId))} data-testid='topic-card'>
      <TopicTags topic={topic} />
      <View className='topic-card__title' data-testid='topic-title'>
        {topic.title}
      </View>
      <View className='topic-card__excerpt'>{topic.excerpt}</View>
      <View className='topic-card__foot'>
        <Text>
          {topic.author.display} · {topic.buildingName} · {shortDate(topic.createdAt)}
        </Text>
        <Text>
          {held ? `${holderLabel(topic.holder)}处理中 · ` : ''}👍{topic.supportCount} 💬{topic.replyCount}
          {topic.imageCount ? ` 📷${topic.imageCount}` : ''}
        </Text>
      </View>
    </View>
  )
}
