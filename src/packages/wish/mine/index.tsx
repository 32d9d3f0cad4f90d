import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Btn } from '@/components/Btn'
import { PagedList } from '@/components/PagedList'
import { Screen } from '@/components/Screen'
import { Tabs } from '@/components/Tabs'
import { usePagedQuery, useQuery } from '@/data'
import { go } from '@/platform/nav'
import { useSession } from '@/stores/session'
import { WishCard } from '../components/WishCard'
import { WishGate } from '../components/WishGate'
import '../components/wish.css'

type Tab = 'posted' | 'claimed'

/**
 * My wishes in every status (acting for a neighbour: theirs), and the ones I claimed, with my
 * record as a helper: wishes that came true through me and the points they brought.
 */
export default function MinePage() {
  const first = useRouter().params.tab === 'claimed' ? 'claimed' : 'posted'
  return (
    <Screen testId='page-wish-mine'>
      <WishGate>{() => <Mine first={first} />}</WishGate>
    </Screen>
  )
}

function Mine({ first }: { first: Tab }) {
  const actingFor = useSession((s) => s.actingFor)
  const [tab, setTab] = useState<Tab>(actingFor ? 'posted' : first)
  const tabs = [
    { key: 'posted' as const, label: actingFor ? `${actingFor.name}的心愿` : '我发布的' },
    ...(actingFor ? [] : [{ key: 'claimed' as const, label: '我认领的' }]),
  ]
  return (
    <View>
      <Tabs<Tab> variant='segment' tabs={tabs} value={tab} onChange={setTab} testId='mine-tabs' />
      {tab === 'posted' ? <Posted /> : <Claimed />}
    </View>
  )
}

function Posted() {
  const list = usePagedQuery('wish', 'mine', {}, { forPrincipal: true })
  usePullDownRefresh(() => {
    list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <PagedList
      list={list}
      testId='mine-list'
      keyOf={(w) => w.wishId}
      emptyTitle='还没有发布过心愿'
      emptyHint={
        <Btn className='btn btn--primary' onClick={() => go('/packages/wish/post/index')}>
          发布心愿
        </Btn>
      }
      renderItem={(w) => <WishCard wish={w} />}
    />
  )
}

function Claimed() {
  const summary = useQuery('wish', 'helperSummary', {})
  const list = usePagedQuery('wish', 'myClaims', {})
  usePullDownRefresh(() => {
    Promise.all([list.reload(), summary.reload()]).finally(() => Taro.stopPullDownRefresh())
  })
  const s = summary.data
  return (
    <View>
      {s ? (
        <View className='card' data-testid='helper-summary'>
          <View className='wish-figures'>
            <Figure value={s.fulfilled} label='帮邻居实现的心愿' />
            <Figure value={s.active} label='正在帮忙' />
            <Figure value={s.points} label='心愿得到的积分' />
            <Figure value={s.balance} label='我的积分' />
          </View>
        </View>
      ) : null}
      <PagedList
        list={list}
        testId='claims-list'
        keyOf={(w) => w.wishId}
        emptyTitle='还没有认领过心愿'
        emptyHint={
          <Btn className='btn btn--primary' onClick={() => go('/packages/wish/wall/index')}>
            去心愿墙看看
          </Btn>
        }
        renderItem={(w) => <WishCard wish={w} />}
      />
    </View>
  )
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <View className='wish-figures__item'>
      <View className='wish-figures__value'>{value}</View>
      <View className='text-s muted'>{label}</View>
    </View>
  )
}
