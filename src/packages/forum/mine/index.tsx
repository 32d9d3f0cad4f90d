import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { usePagedQuery } from '@/data'
import { go } from '@/platform/nav'
import { ForumGate } from '../components/ForumGate'
import { FORUM } from '../components/paths'
import { TopicCard } from '../components/TopicCard'
import '../forum.css'

/** The topics I raised (hidden ones too, with why), newest first. */
export default function MinePage() {
  return (
    <Screen testId='page-forum-mine'>
      <ForumGate>{() => <Mine />}</ForumGate>
    </Screen>
  )
}

function Mine() {
  const list = usePagedQuery('forum', 'myTopics', {}, { forPrincipal: true })
  return (
    <PagedList
      list={list}
      testId='my-topics'
      keyOf={(t) => t.topicId}
      emptyTitle='您还没有提过议题'
      emptyHint={
        <View>
          <Btn className='btn btn--primary' onClick={() => go(FORUM.raise)}>
            我要提议题
          </Btn>
        </View>
      }
      renderItem={(t) => <TopicCard topic={t} />}
    />
  )
}
