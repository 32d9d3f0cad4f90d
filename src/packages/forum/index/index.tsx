import { Input, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { TopicSort } from '@contract/forum'
import type { MeView } from '@contract/station'
import { SORT_LABELS } from '@contract/forum/labels'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { ForumGate, isHandler } from '../components/ForumGate'
import { FORUM } from '../components/paths'
import { TopicCard } from '../components/TopicCard'
import '../forum.css'

const SORTS: { key: TopicSort; label: string }[] = (['hot', 'new', 'unresolved'] as const).map((key) => ({
  key,
  label: SORT_LABELS[key],
}))

/** 邻里夜话: what neighbours raised, most supported first (or newest, or still open), and search. */
export default function ForumHome() {
  return (
    <Screen testId='page-forum'>
      <ForumGate>{(me) => <Home me={me} />}</ForumGate>
    </Screen>
  )
}

function Home({ me }: { me: MeView }) {
  const [sort, setSort] = useState<TopicSort>('hot')
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const figures = useQuery('forum', 'figures', {})
  const list = usePagedQuery('forum', 'listTopics', { sort }, { enabled: !q })
  const found = usePagedQuery('forum', 'searchTopics', { q }, { enabled: !!q })
  usePullDownRefresh(() => {
    Promise.all([figures.reload(), (q ? found : list).reload()]).finally(() => Taro.stopPullDownRefresh())
  })
  const total = figures.data?.total
  return (
    <View>
      {total ? (
        <View className='forum-summary' data-testid='forum-summary'>
          今年收集 {total.collected} 条 · 已解决 {total.resolved} 条
          {total.ratings ? ` · 满意度 ${total.satisfaction}` : ''}
        </View>
      ) : null}
      <Btn className='btn btn--primary' onClick={() => go(FORUM.raise)} data-testid='go-raise'>
        我要提议题
      </Btn>
      <Links me={me} />
      <View className='forum-search'>
        <Input
          className='input'
          value={typed}
          placeholder='搜索议题，如：电梯'
          confirmType='search'
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => setQ(typed.trim())}
          data-testid='search-input'
        />
        <Btn className='btn btn--plain' onClick={() => setQ(typed.trim())} data-testid='search-go'>
          搜索
        </Btn>
      </View>
      {q ? (
        <View>
          <View className='staff-line'>
            “{q}”的搜索结果{' '}
            <Btn
              className='btn btn--ghost btn--small'
              onClick={() => {
                setTyped('')
                setQ('')
              }}
            >
              清除搜索
            </Btn>
          </View>
          <PagedList
            list={found}
            testId='search-results'
            keyOf={(t) => t.topicId}
            emptyTitle='没有找到相关议题'
            emptyHint={<View className='text-s'>换个词试试，比如“电梯”“停车”。</View>}
            renderItem={(t) => <TopicCard topic={t} />}
          />
        </View>
      ) : (
        <View>
          <Tabs<TopicSort>
            tabs={SORTS}
            value={sort}
            onChange={setSort}
            variant='segment'
            testId='sort-tabs'
          />
          <PagedList
            list={list}
            testId='topic-list'
            keyOf={(t) => t.topicId}
            emptyTitle={sort === 'unresolved' ? '没有待解决的议题' : '还没有人提议题'}
            emptyHint={<View className='text-s'>有什么想说的，点“我要提议题”。</View>}
            renderItem={(t) => <TopicCard topic={t} />}
          />
        </View>
      )}
    </View>
  )
}

function Links({ me }: { me: MeView }) {
  const handler = isHandler(me)
  const counts = useQuery('forum', 'queueCounts', {}, { enabled: handler })
  const waiting = counts.data ? counts.data.submitted + counts.data.accepted + counts.data.withSides : 0
  const links = [
    { title: '我的议题', url: FORUM.mine },
    { title: '夜话会', url: FORUM.sessions },
    { title: '承诺公示', url: FORUM.board },
    { title: '办理情况', url: FORUM.figures },
    ...(handler ? [{ title: waiting ? `议题办理（${waiting}）` : '议题办理', url: FORUM.queue }] : []),
  ]
  return (
    <View className='forum-links'>
      {links.map((l) => (
        <View
          className='forum-links__item'
          key={l.url}
          onClick={() => go(l.url)}
          data-testid={`link-${l.title.replace(/（.*$/, '')}`}
        >
          {l.title}
        </View>
      ))}
    </View>
  )
}
