import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import type { TopicDetail } from '@contract/forum'
import { holderLabel } from '@contract/forum/labels'
import type { MeView } from '@contract/station'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useQuery } from '@/data'
import { dateTime, shortDate } from '@/utils/format'
import { duration } from '../components/duration'
import { ForumGate } from '../components/ForumGate'
import { Missing } from '../components/Missing'
import { Photos } from '../components/Photos'
import { TopicTags } from '../components/TopicTags'
import { Discussion } from './Discussion'
import { Handling } from './Handling'
import { Moves } from './Moves'
import { Timeline } from './Timeline'
import '../forum.css'

/** One topic: what it is, who has it now and for how long, the official reply, what I can do, the discussion. */
export default function TopicPage() {
  const topicId = useRouter().params.id ?? ''
  return (
    <Screen testId='page-topic'>
      <ForumGate>
        {(me) => (topicId ? <Topic topicId={topicId} me={me} /> : <Missing what='议题' />)}
      </ForumGate>
    </Screen>
  )
}

function Topic({ topicId, me }: { topicId: string; me: MeView }) {
  const topic = useQuery('forum', 'topic', { topicId }, { forPrincipal: true })
  usePullDownRefresh(() => {
    topic.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <Loadable state={topic} onRetry={topic.reload} loadingText='正在打开议题…'>
      {(t) => (
        <View>
          <Head topic={t} />
          {t.officialReply ? (
            <View className='card official' data-testid='official-reply'>
              <View className='card__title'>正式答复</View>
              <View>{t.officialReply.text}</View>
              <View className='text-xs muted'>
                {t.officialReply.who} · {dateTime(t.officialReply.at)}
              </View>
            </View>
          ) : null}
          <Moves topic={t} />
          <Handling topic={t} me={me} />
          <Timeline entries={t.timeline} />
          <Discussion topic={t} />
        </View>
      )}
    </Loadable>
  )
}

function Head({ topic: t }: { topic: TopicDetail }) {
  return (
    <View className='card' data-testid='topic-head'>
      <TopicTags topic={t} />
      <View className='title-l' data-testid='topic-title'>
        {t.title}
      </View>
      <View className='text-s muted' data-testid='topic-author'>
        {t.author.display}
        {t.author.name && t.author.anonymous ? `（实为${t.author.name}，仅工作人员可见）` : ''} ·{' '}
        {t.buildingName} · {shortDate(t.createdAt)}
      </View>
      {t.hidden && t.hiddenReason ? (
        <View className='banner banner--warn'>已被驿站隐藏，其他居民看不到：{t.hiddenReason}</View>
      ) : null}
      {t.holder !== 'none' ? <HolderLine topic={t} /> : null}
      <View data-testid='topic-body'>{t.body}</View>
      <Photos urls={t.images} />
      <View className='text-s muted'>
        👍 {t.supportCount} 人支持 · 💬 {t.replyCount} 条回复
        {t.ratingCount ? ` · 满意度 ${t.ratingAvg}（${t.ratingCount}人评价）` : ''}
      </View>
    </View>
  )
}

/** Who has the topic now, for how long, and by when it is due. */
function HolderLine({ topic: t }: { topic: TopicDetail }) {
  const held = duration(Date.now() - new Date(t.heldSince).getTime())
  const due = t.dueDate && (t.status === 'assigned' || t.status === 'inProgress') ? `，期限 ${t.dueDate}` : ''
  if (t.holder === 'author')
    return (
      <View className='holder' data-testid='topic-holder'>
        等 <Text className='danger'>提出人</Text> 确认，已{held}
      </View>
    )
  return (
    <View className='holder' data-testid='topic-holder'>
      现在由 <Text className='danger'>{holderLabel(t.holder)}</Text> 办理，已{held}
      {due}
    </View>
  )
}
