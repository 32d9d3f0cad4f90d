import { View } from '@tarojs/components'
import { useState } from 'react'
import type { QueueCounts, QueueView } from '@contract/forum'
import type { MeView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { isHandler } from '../../components/ForumGate'
import { FORUM } from '../../components/paths'
import { TopicCard } from '../../components/TopicCard'
import '../../forum.css'

const LABELS: Record<QueueView, string> = {
  submitted: '待受理',
  accepted: '待交办',
  withSides: '办理中',
  overdue: '已逾期',
  escalated: '站长督办',
  replied: '已答复',
  done: '已办结',
}
const COUNTED: Partial<Record<QueueView, keyof QueueCounts>> = {
  submitted: 'submitted',
  accepted: 'accepted',
  withSides: 'withSides',
  overdue: 'overdue',
  escalated: 'escalated',
}
const STAFF_VIEWS: QueueView[] = [
  'submitted',
  'accepted',
  'withSides',
  'overdue',
  'escalated',
  'replied',
  'done',
]
const SIDE_VIEWS: QueueView[] = ['withSides', 'overdue', 'replied', 'done']

/**
 * 议题办理: staff see what waits to be accepted, assigned, what each side holds and what is
 * overdue or before the 站长; a side's representative sees the topics assigned to their side.
 */
export default function QueuePage() {
  return (
    <Screen testId='page-forum-queue'>
      <AccessGate allow={(_, me) => isHandler(me)} deniedText='只有驿站工作人员和三方代表可以办理议题'>
        {(me) => <Queue me={me} />}
      </AccessGate>
    </Screen>
  )
}

function Queue({ me }: { me: MeView }) {
  const staff = me.permissions.isStaff
  const views = staff ? STAFF_VIEWS : SIDE_VIEWS
  const [view, setView] = useState<QueueView>(views[0])
  const counts = useQuery('forum', 'queueCounts', {})
  const list = usePagedQuery('forum', 'handlingQueue', { view })
  const label = (v: QueueView) => {
    const n = COUNTED[v] && counts.data ? counts.data[COUNTED[v]!] : 0
    return n ? `${LABELS[v]} ${n}` : LABELS[v]
  }
  return (
    <View>
      {staff ? (
        <View className='forum-actions'>
          <Btn className='btn btn--plain' onClick={() => go(FORUM.moderation)} data-testid='go-moderation'>
            举报处理{counts.data?.reported ? `（${counts.data.reported}）` : ''}
          </Btn>
          <Btn className='btn btn--plain' onClick={() => go(FORUM.sessions)}>
            夜话会
          </Btn>
        </View>
      ) : null}
      <Tabs<QueueView>
        tabs={views.map((key) => ({ key, label: label(key) }))}
        value={view}
        onChange={setView}
        testId='queue-tabs'
      />
      <PagedList
        list={list}
        testId='queue-list'
        keyOf={(t) => t.topicId}
        emptyTitle={`没有${LABELS[view]}的议题`}
        header={(total) => <View className='forum-summary'>共 {total} 条</View>}
        renderItem={(t) => <TopicCard topic={t} />}
      />
    </View>
  )
}
