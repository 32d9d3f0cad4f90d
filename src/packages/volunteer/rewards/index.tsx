import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { RewardView } from '@contract/volunteer'
import { VOUCHER_LABELS } from '@contract/volunteer/labels'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { QrCode } from '@/components/QrCode'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { useMe, useMutation, usePagedQuery, useQuery } from '@/data'
import { confirm, toastDone } from '@/platform/feedback'
import { shortDate } from '@/utils/format'
import '../components/volunteer.css'

type Tab = 'rewards' | 'vouchers'

/** 专属优惠包: what points buy, and my vouchers with their codes to show at the counter. */
export default function RewardsPage() {
  const [tab, setTab] = useState<Tab>('rewards')
  return (
    <Screen testId='page-rewards'>
      <Tabs<Tab>
        tabs={[
          { key: 'rewards', label: '优惠包' },
          { key: 'vouchers', label: '我的券' },
        ]}
        value={tab}
        onChange={setTab}
        variant='segment'
        testId='reward-tabs'
      />
      {tab === 'rewards' ? (
        <Rewards
          onRedeemed={() => {
            setTab('vouchers')
            // The new voucher is at the top of 我的券: show it from the top.
            Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
          }}
        />
      ) : (
        <Vouchers />
      )}
    </Screen>
  )
}

function Rewards({ onRedeemed }: { onRedeemed(): void }) {
  const list = usePagedQuery('volunteer', 'listRewards', {})
  const me = useMe()
  const points = useQuery(
    'volunteer',
    'myPoints',
    { limit: 1 },
    { enabled: me.data?.member?.status === 'verified' },
  )
  return (
    <View>
      {points.data ? (
        <View className='banner banner--info' data-testid='reward-balance'>
          我的积分：{points.data.summary.balance}
        </View>
      ) : null}
      <PagedList
        list={list}
        testId='reward-list'
        keyOf={(r) => r.rewardId}
        emptyTitle='暂时没有可兑换的优惠'
        renderItem={(r) => (
          <Reward reward={r} balance={points.data?.summary.balance ?? null} onRedeemed={onRedeemed} />
        )}
      />
    </View>
  )
}

/** A tap's own request key: a repeat of the same tap (a flaky network) answers the same voucher. */
const newKey = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`

function Reward({
  reward: r,
  balance,
  onRedeemed,
}: {
  reward: RewardView
  balance: number | null
  onRedeemed(): void
}) {
  const redeem = useMutation('volunteer', 'redeem', {
    invalidates: ['volunteer.listRewards', 'volunteer.myVouchers', 'volunteer.myPoints'],
  })
  const soldOut = r.stock === 0
  const blocked = soldOut
    ? '已兑完'
    : r.myAllowance === 0
      ? '已达兑换上限'
      : balance !== null && balance < r.cost
        ? '积分不足'
        : ''
  return (
    <View className='card' data-testid={`reward-${r.rewardId}`}>
      <View className='vol-item__head'>
        <View className='title-l vol-item__title'>{r.title}</View>
        <View className='tag'>{r.cost} 积分</View>
      </View>
      <View className='text-s'>{r.provider}</View>
      {r.description ? <View className='text-s muted'>{r.description}</View> : null}
      <View className='text-s muted'>
        剩余 {r.stock} 张 · 每人限兑 {r.perPersonLimit} 张 · 有效期至 {shortDate(r.validUntil)}
      </View>
      {redeem.formError ? <View className='banner banner--warn'>{redeem.formError}</View> : null}
      {balance === null ? null : (
        <Btn
          className='btn btn--primary'
          disabled={!!blocked}
          data-testid='redeem'
          onClick={async () => {
            if (!(await confirm('兑换', `用 ${r.cost} 积分兑换「${r.title}」吗？`))) return
            if (await redeem.run({ rewardId: r.rewardId, requestKey: newKey() })) {
              toastDone('兑换成功')
              onRedeemed()
            }
          }}
        >
          {blocked || (redeem.busy ? '正在兑换…' : '兑换')}
        </Btn>
      )}
    </View>
  )
}

function Vouchers() {
  const list = usePagedQuery('volunteer', 'myVouchers', {})
  return (
    <PagedList
      list={list}
      testId='voucher-list'
      keyOf={(v) => v.voucherId}
      emptyTitle='还没有兑换过优惠券'
      renderItem={(v) => (
        <View className='card vol-qr-card' data-testid={`voucher-${v.code}`}>
          <View className='title-l'>{v.rewardTitle}</View>
          <View className='text-s'>{v.provider}</View>
          {v.state === 'issued' ? <QrCode text={v.code} size={180} testId='voucher-qr' /> : null}
          <View className='vol-voucher__code' data-testid='voucher-code'>
            {v.code}
          </View>
          <View
            className={`tag ${v.state === 'issued' ? 'tag--ok' : 'tag--grey'}`}
            data-testid='voucher-state'
          >
            {VOUCHER_LABELS[v.state]}
          </View>
          <View className='text-s muted'>
            {v.state === 'used'
              ? `${shortDate(v.usedAt!)} 由 ${v.usedByName} 核销`
              : `有效期至 ${shortDate(v.validUntil)}，到店出示给商家核销`}
          </View>
        </View>
      )}
    />
  )
}
