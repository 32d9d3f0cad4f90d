import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery, useQuery } from '@/data'
import { NoticeItem } from '../components/NoticeItem'
import { SubscribeCard } from './SubscribeCard'
import '../components/notice.css'

type Show = 'all' | 'unread'

/**
 * 驿站通知: the notices for my building (or unit) and the whole station — pinned first, then the
 * ones I have not opened, then the newest; expired ones are gone. Below, which kinds of notice I
 * want WeChat to tell me about.
 */
export default function NoticeList() {
  const [show, setShow] = useState<Show>('all')
  const list = usePagedQuery('notice', 'list', { unreadOnly: show === 'unread' }, { forPrincipal: true })
  const unread = useQuery('notice', 'list', { limit: 1 }, { forPrincipal: true, key: 'unread-count' })
  usePullDownRefresh(() => {
    Promise.all([list.reload(), unread.reload()]).finally(() => Taro.stopPullDownRefresh())
  })
  const count = unread.data?.unread ?? 0
  return (
    <Screen testId='page-notices'>
      <Tabs<Show>
        variant='segment'
        tabs={[
          { key: 'all', label: '全部' },
          { key: 'unread', label: count ? `未读 ${count}` : '未读' },
        ]}
        value={show}
        onChange={setShow}
        testId='notice-tabs'
      />
      <View className='notice-list'>
        <PagedList
          list={list}
          testId='notice-list'
          keyOf={(n) => n.noticeId}
          emptyTitle={show === 'unread' ? '通知都看过了' : '暂时没有通知'}
          emptyHint={<View className='muted'>楼长和驿站发给您所在楼栋的通知会出现在这里。</View>}
          renderItem={(n) => <NoticeItem notice={n} />}
        />
      </View>
      <SubscribeCard />
    </Screen>
  )
}
