import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery, useQuery, useSubscribe } from '@/data'
import { toast } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { onTap } from '@/platform/tap'
import { shortDate } from '@/utils/format'
import { detailUrl } from '../components/moves'
import { SettingsCard } from './SettingsCard'
import { StatsCard } from './StatsCard'
import '../components/wish.css'

type Tab = 'pending' | 'disputed' | 'figures'

/**
 * 心愿管理 (staff): wishes waiting for review and disputes waiting for a decision (each opens the
 * wish, where the steps are), the monthly figures, the station's rules, and posting for a
 * resident without a phone.
 */
export default function ManagePage() {
  return (
    <Screen testId='page-wish-manage'>
      <AccessGate allow={(p) => p.isStaff}>{() => <Manage />}</AccessGate>
    </Screen>
  )
}

function Manage() {
  const [tab, setTab] = useState<Tab>('pending')
  const stats = useQuery('wish', 'stats', {})
  const count = (n: number | undefined) => (n ? `（${n}）` : '')
  return (
    <View>
      <Btn
        className='btn btn--primary'
        onClick={() => go('/packages/wish/post/index?for=resident')}
        data-testid='post-for-resident'
      >
        替没有手机的居民发布心愿
      </Btn>
      <Tabs<Tab>
        variant='segment'
        value={tab}
        onChange={setTab}
        testId='manage-tabs'
        tabs={[
          { key: 'pending', label: `待审核${count(stats.data?.pendingReview)}` },
          { key: 'disputed', label: `有异议${count(stats.data?.disputed)}` },
          { key: 'figures', label: '统计与设置' },
        ]}
      />
      {tab === 'figures' ? (
        <View>
          <StatsCard stats={stats} />
          <SettingsCard />
          <DisputeAlerts />
        </View>
      ) : (
        <Queue status={tab} />
      )}
    </View>
  )
}

function Queue({ status }: { status: 'pending' | 'disputed' }) {
  const list = usePagedQuery('wish', 'queue', { status })
  usePullDownRefresh(() => {
    list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <PagedList
      list={list}
      testId={`queue-${status}`}
      keyOf={(w) => w.wishId}
      emptyTitle={status === 'pending' ? '没有等待审核的心愿' : '没有需要处理的异议'}
      renderItem={(w) => (
        <View className='card' onClick={() => go(detailUrl(w.wishId))} data-testid={`queue-${w.wishId}`}>
          <View className='title-l'>{w.title}</View>
          {w.flagged ? <Text className='tag tag--warn'>内容需人工看一下</Text> : null}
          <View className='text-s muted'>
            {w.wisherName} · {w.buildingName} · {shortDate(w.createdAt)}发布
          </View>
          {status === 'disputed' ? <View className='danger'>异议：{w.disputeReason}</View> : null}
          <View className='link-line'>打开处理 ›</View>
        </View>
      )}
    />
  )
}

function DisputeAlerts() {
  const sub = useSubscribe(['wishDisputed'])
  if (!sub.available) return null
  const ask = onTap((tap) => {
    void sub
      .ask(tap)
      .then((accepted) => toast(accepted.length ? '已开启，有异议会发到微信' : '没有开启消息通知'))
  })
  return (
    <Btn
      className='btn btn--ghost'
      disabled={sub.busy || undefined}
      onClick={ask}
      data-testid='dispute-alerts'
    >
      有人提出异议时微信通知我
    </Btn>
  )
}
