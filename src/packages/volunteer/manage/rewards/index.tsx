import { View } from '@tarojs/components'
import { useState } from 'react'
import type { RewardView } from '@contract/volunteer'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { usePagedQuery } from '@/data'
import { shortDate } from '@/utils/format'
import { canVerifyVouchers } from '../access'
import { RewardForm } from './RewardForm'
import '../../components/volunteer.css'

/** 优惠包管理: staff offer rewards for any provider; a merchant for their own shop. */
export default function ManageRewards() {
  return (
    <Screen testId='page-manage-rewards'>
      <AccessGate allow={canVerifyVouchers} deniedText='只有驿站工作人员和商家可以管理优惠包'>
        {(me) => <Rewards staff={me.permissions.isStaff} />}
      </AccessGate>
    </Screen>
  )
}

function Rewards({ staff }: { staff: boolean }) {
  const list = usePagedQuery('volunteer', 'manageRewards', {})
  const [editing, setEditing] = useState<RewardView | 'new' | null>(null)
  if (editing)
    return (
      <RewardForm
        staff={staff}
        existing={editing === 'new' ? null : editing}
        onDone={() => setEditing(null)}
      />
    )
  return (
    <View>
      <Btn className='btn btn--primary' onClick={() => setEditing('new')} data-testid='new-reward'>
        上架优惠券
      </Btn>
      <PagedList
        list={list}
        testId='managed-rewards'
        keyOf={(r) => r.rewardId}
        emptyTitle='还没有优惠券'
        renderItem={(r) => (
          <View className='card' onClick={() => setEditing(r)}>
            <View className='vol-item__head'>
              <View className='title-l vol-item__title'>{r.title}</View>
              <View className={`tag ${r.status === 'active' ? 'tag--ok' : 'tag--grey'}`}>
                {r.status === 'active' ? '上架中' : '已下架'}
              </View>
            </View>
            <View className='text-s'>
              {r.provider} · {r.cost} 积分 · 剩余 {r.stock} · 已兑 {r.issued}
            </View>
            <View className='text-s muted'>有效期至 {shortDate(r.validUntil)}</View>
          </View>
        )}
      />
    </View>
  )
}
