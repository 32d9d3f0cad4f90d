import { View } from '@tarojs/components'
import { useState } from 'react'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery } from '@/data'
import { CommitmentRow } from '../components/CommitmentRow'
import '../forum.css'

type Status = 'open' | 'done'
const TABS: { key: Status; label: string }[] = [
  { key: 'open', label: '办理中' },
  { key: 'done', label: '已兑现' },
]

/**
 * 公示: what the party branch, owners' committee, property company and community promised at the
 * evening sessions, by due date, until each is kept. Open to anyone who came to the station.
 */
export default function BoardPage() {
  const [status, setStatus] = useState<Status>('open')
  const list = usePagedQuery('forum', 'commitmentBoard', { status })
  return (
    <Screen testId='page-board'>
      <View className='forum-summary'>夜话会上各方作出的承诺，到期未办的会标红，办完后移到“已兑现”。</View>
      <Tabs<Status> tabs={TABS} value={status} onChange={setStatus} variant='segment' testId='board-tabs' />
      <View className='card'>
        <PagedList
          list={list}
          testId='board'
          keyOf={(c) => c.commitmentId}
          emptyTitle={status === 'open' ? '目前没有未兑现的承诺' : '还没有已兑现的承诺'}
          renderItem={(c) => <CommitmentRow c={c} />}
        />
      </View>
    </Screen>
  )
}
