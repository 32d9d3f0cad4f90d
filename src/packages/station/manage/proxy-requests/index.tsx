import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MeView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { usePagedQuery } from '@/data'
import { CoveredFilter } from '../../components/CoveredFilter'
import { RequestRow } from './RequestRow'
import '../../components/staff.css'

/**
 * 代办审核: a neighbour asks to act for someone already registered in my buildings. The head
 * checks with that person that they agreed, then approves or declines with a reason.
 */
export default function ProxyRequestsPage() {
  return (
    <Screen testId='page-proxy-requests'>
      <AccessGate allow={(p) => p.canVerify} deniedText='只有楼长和驿站工作人员可以审核代办申请'>
        {(me) => <Requests me={me} />}
      </AccessGate>
    </Screen>
  )
}

function Requests({ me }: { me: MeView }) {
  const [buildingId, setBuildingId] = useState('')
  const list = usePagedQuery('station', 'proxyQueue', { buildingId: buildingId || undefined })
  return (
    <View>
      <View className='staff-line staff-intro'>
        同意前，请向被代办的居民本人（或家属）核实：确实同意由这位邻居代办。
      </View>
      <CoveredFilter me={me} value={buildingId} onChange={setBuildingId} />
      <PagedList
        list={list}
        testId='proxy-requests'
        keyOf={(r) => r.proxyId}
        emptyTitle='暂时没有待审核的代办申请'
        header={(total) => (
          <View className='staff-count' data-testid='proxy-requests-total'>
            共 {total} 条
          </View>
        )}
        renderItem={(r) => (
          <View className='card'>
            <RequestRow request={r} onDecided={() => list.remove((x) => x.proxyId === r.proxyId)} />
          </View>
        )}
      />
    </View>
  )
}
