import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MeView } from '@contract/station'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery } from '@/data'
import { go } from '@/platform/nav'
import { ForumGate } from '../components/ForumGate'
import { FORUM } from '../components/paths'
import { SessionCard } from '../components/SessionCard'
import '../forum.css'

type When = 'upcoming' | 'past'
const TABS: { key: When; label: string }[] = [
  { key: 'upcoming', label: '即将召开' },
  { key: 'past', label: '往期' },
]

/** 夜话会: the sides and neighbours at one table in the evening; coming ones to sign up for, past ones with minutes. */
export default function SessionsPage() {
  return (
    <Screen testId='page-sessions'>
      <ForumGate>{(me) => <Sessions me={me} />}</ForumGate>
    </Screen>
  )
}

function Sessions({ me }: { me: MeView }) {
  const [when, setWhen] = useState<When>('upcoming')
  const list = usePagedQuery('forum', 'listSessions', { when })
  return (
    <View>
      {me.permissions.isStaff ? (
        <Btn className='btn btn--primary' onClick={() => go(FORUM.schedule)} data-testid='go-schedule'>
          安排夜话会
        </Btn>
      ) : null}
      <Tabs<When> tabs={TABS} value={when} onChange={setWhen} variant='segment' testId='session-tabs' />
      <PagedList
        list={list}
        testId='session-list'
        keyOf={(s) => s.sessionId}
        emptyTitle={when === 'upcoming' ? '近期没有安排夜话会' : '还没有开过夜话会'}
        renderItem={(s) => <SessionCard session={s} />}
      />
    </View>
  )
}
