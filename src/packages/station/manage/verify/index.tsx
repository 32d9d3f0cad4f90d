import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberStatus } from '@contract/entities'
import type { MeView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery } from '@/data'
import { CoveredFilter } from '../../components/CoveredFilter'
import { VerifyRow } from './VerifyRow'
import '../../components/staff.css'

type Queue = Exclude<MemberStatus, 'left'>

const TABS: { key: Queue; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'verified', label: '已通过' },
  { key: 'rejected', label: '未通过' },
]

const EMPTY: Record<Queue, string> = {
  pending: '暂时没有待审核的登记',
  verified: '还没有审核通过的登记',
  rejected: '没有未通过的登记',
}

/** 登记审核: building heads and staff approve registrations, or send them back with a reason. */
export default function VerifyPage() {
  return (
    <Screen testId='page-verify'>
      <AccessGate allow={(p) => p.canVerify} deniedText='只有楼长和驿站工作人员可以审核登记'>
        {(me) => <VerifyQueue me={me} />}
      </AccessGate>
    </Screen>
  )
}

function VerifyQueue({ me }: { me: MeView }) {
  const [status, setStatus] = useState<Queue>('pending')
  const [buildingId, setBuildingId] = useState('')
  const list = usePagedQuery('station', 'verifyQueue', { status, buildingId: buildingId || undefined })

  return (
    <View>
      <Tabs<Queue> tabs={TABS} value={status} onChange={setStatus} variant='segment' testId='status-tabs' />
      <CoveredFilter me={me} value={buildingId} onChange={setBuildingId} />
      <PagedList
        list={list}
        testId='verify-list'
        keyOf={(m) => m.memberId}
        emptyTitle={EMPTY[status]}
        emptyHint={status === 'pending' ? <View className='text-s'>居民提交登记后会出现在这里。</View> : null}
        header={(total) => (
          <View className='staff-count' data-testid='verify-total'>
            共 {total} 条
          </View>
        )}
        renderItem={(m) => (
          <View className='card'>
            <VerifyRow member={m} onDecided={() => list.remove((x) => x.memberId === m.memberId)} />
          </View>
        )}
      />
    </View>
  )
}
