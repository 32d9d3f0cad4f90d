import { View } from '@tarojs/components'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'

/** On 我的, for volunteers and party members: the wishes that came true through me, and my points. */
export function WishRecord() {
  const summary = useQuery('wish', 'helperSummary', {})
  const s = summary.data
  if (!s) return null
  return (
    <View
      className='card link-line'
      onClick={() => go('/packages/wish/mine/index?tab=claimed')}
      data-testid='me-wish-record'
    >
      我帮邻居实现了 {s.fulfilled} 个心愿{s.active ? `，正在帮忙 ${s.active} 个` : ''} · 积分 {s.balance} ›
    </View>
  )
}
