import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { ManagedNotice } from '@contract/notice'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery } from '@/data'
import { go } from '@/platform/nav'
import { shortDate, thousands } from '@/utils/format'
import { NoticeTags } from '../../components/NoticeTags'
import { GroupsCard } from './GroupsCard'
import '../../components/notice.css'

type Show = 'all' | 'mine'

/**
 * 通知管理: building heads and staff post notices, and see for each who has read it. A building
 * head sees the notices they posted and those reaching the buildings they head.
 */
export default function ManageNotices() {
  return (
    <Screen testId='page-notice-manage'>
      <AccessGate allow={(p) => p.canVerify} deniedText='只有楼长和驿站工作人员可以发布通知'>
        {() => <Managed />}
      </AccessGate>
    </Screen>
  )
}

function Managed() {
  const [show, setShow] = useState<Show>('all')
  const list = usePagedQuery('notice', 'managed', { mineOnly: show === 'mine' })
  usePullDownRefresh(() => {
    list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View>
      <Btn
        className='btn btn--primary'
        onClick={() => go('/packages/notice/manage/compose/index')}
        data-testid='compose-notice'
      >
        发布通知
      </Btn>
      <Tabs<Show>
        variant='segment'
        tabs={[
          { key: 'all', label: '我负责的' },
          { key: 'mine', label: '我发布的' },
        ]}
        value={show}
        onChange={setShow}
        testId='managed-tabs'
      />
      <PagedList
        list={list}
        testId='managed-list'
        keyOf={(n) => n.noticeId}
        emptyTitle='还没有通知'
        emptyHint={<View className='muted'>点「发布通知」，发给您负责的楼栋。</View>}
        renderItem={(n) => <ManagedRow notice={n} />}
      />
      <GroupsCard />
    </View>
  )
}

function ManagedRow({ notice }: { notice: ManagedNotice }) {
  return (
    <View
      className='card notice-card'
      onClick={() => go(`/packages/notice/manage/receipts/index?id=${notice.noticeId}`)}
      data-testid={`managed-${notice.noticeId}`}
    >
      <NoticeTags
        category={notice.category}
        urgency={notice.urgency}
        pinned={notice.pinned}
        expired={notice.expired}
        withdrawn={notice.status === 'withdrawn'}
      />
      <View className='notice-card__title'>{notice.title}</View>
      <View className='notice-meta'>
        {notice.mine ? '我发布的' : notice.authorName} · {shortDate(notice.createdAt)} · 发给
        {notice.targetLabel}（{thousands(notice.audience)}户）
      </View>
      <View className='text-s link-line'>查看谁已读、谁未读 ›</View>
    </View>
  )
}
