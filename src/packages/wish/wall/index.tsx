import { Picker, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import {
  WISH_CATEGORY_LABELS,
  WISH_CATEGORY_OPTIONS,
  WISH_WALL_LABELS,
  WISH_WALL_OPTIONS,
} from '@contract/labels'
import type { WishCategory, WishWallFilter } from '@contract/wish'
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

const EMPTY: Record<WishWallFilter, string> = {
  open: '现在没有等待认领的心愿',
  claimed: '现在没有正在帮忙的心愿',
  fulfilled: '还没有实现的心愿',
}

/**
 * 心愿墙: the station's small wishes — the ones waiting for a helper, the ones someone is on, the
 * ones that came true with their thank-yous — by kind and by building. Only building and kind
 * say where and what; the wisher's contact is for the helper who claims it.
 */
export default function WallPage() {
  return (
    <Screen testId='page-wish-wall'>
      <WishGate>{() => <Wall />}</WishGate>
    </Screen>
  )
}

function Wall() {
  const station = useSession((s) => s.station)
  const [filter, setFilter] = useState<WishWallFilter>('open')
  const [category, setCategory] = useState<WishCategory | 'all'>('all')
  const [buildingId, setBuildingId] = useState<string | null>(null)
  const buildings = useQuery('station', 'listBuildings', {})
  const list = usePagedQuery('wish', 'wall', {
    filter,
    ...(category === 'all' ? {} : { category }),
    ...(buildingId ? { buildingId } : {}),
  })
  usePullDownRefresh(() => {
    list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useShareAppMessage(() => ({
    title: `${station?.name ?? '邻里驿站'}的心愿墙：邻居的小心愿，等你来帮忙`,
    path: station ? `/pages/entry/index?s=${station.code}` : '/pages/entry/index',
  }))
  const names = [
    { id: null, name: '全部楼栋' },
    ...(buildings.data?.items ?? []).map((b) => ({ id: b.buildingId, name: b.name })),
  ]
  const current = names.find((b) => b.id === buildingId) ?? names[0]

  return (
    <View>
      <View className='wish-actions'>
        <Btn
          className='btn btn--primary'
          onClick={() => go('/packages/wish/post/index')}
          data-testid='go-post'
        >
          发布心愿
        </Btn>
        <Btn className='btn btn--ghost' onClick={() => go('/packages/wish/mine/index')} data-testid='go-mine'>
          我的心愿和认领
        </Btn>
      </View>
      <View className='wish-filters'>
        <Tabs<WishWallFilter>
          variant='segment'
          tabs={WISH_WALL_OPTIONS.map((key) => ({ key, label: WISH_WALL_LABELS[key] }))}
          value={filter}
          onChange={setFilter}
          testId='wall-filter'
        />
        <Tabs<WishCategory | 'all'>
          tabs={[
            { key: 'all' as const, label: '全部' },
            ...WISH_CATEGORY_OPTIONS.map((key) => ({ key, label: WISH_CATEGORY_LABELS[key] })),
          ]}
          value={category}
          onChange={setCategory}
          testId='wall-category'
        />
        <Picker
          mode='selector'
          range={names.map((b) => b.name)}
          value={Math.max(0, names.indexOf(current))}
          onChange={(e) => setBuildingId(names[Number(e.detail.value)]?.id ?? null)}
        >
          <View className='picker' data-testid='wall-building'>
            {current.name} ▾
          </View>
        </Picker>
      </View>
      <PagedList
        list={list}
        testId='wall-list'
        keyOf={(w) => w.wishId}
        emptyTitle={EMPTY[filter]}
        emptyHint={
          filter === 'open' ? <View className='muted'>有什么小心愿，点上面的“发布心愿”。</View> : null
        }
        header={(total) => <View className='text-s muted'>共 {total} 个心愿</View>}
        renderItem={(w) => <WishCard wish={w} showStatus={filter !== 'open'} />}
      />
    </View>
  )
}
