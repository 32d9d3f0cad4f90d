import { View } from '@tarojs/components'
import type { Permissions } from '@contract/station'
import { go } from '@/services/platform'

interface Tile {
  title: string
  url: string
  show(p: Permissions): boolean
}

const TILES: Tile[] = [
  { title: '登记审核', url: '/packages/staff/verify/index', show: (p) => p.canVerify },
  { title: '住户名册', url: '/packages/staff/directory/index', show: (p) => p.canSeeDirectory },
  { title: '驿站资料', url: '/packages/staff/profile/index', show: (p) => p.isStaff },
  { title: '楼栋与房屋', url: '/packages/staff/buildings/index', show: (p) => p.isStaff },
  { title: '角色管理', url: '/packages/staff/roles/index', show: (p) => p.isStaff },
  { title: '驿站二维码', url: '/packages/staff/poster/index', show: (p) => p.isStaff },
  { title: '党员报到统计', url: '/packages/staff/party-stats/index', show: (p) => p.isStaff },
  { title: '操作记录', url: '/packages/staff/audit/index', show: (p) => p.isStaff },
]

/** The staff pages this person may open; residents see none of it. */
export function StaffGrid({ permissions }: { permissions: Permissions }) {
  const tiles = TILES.filter((t) => t.show(permissions))
  if (tiles.length === 0) return null
  return (
    <View className='card' data-testid='staff-grid'>
      <View className='card__title'>工作台</View>
      <View className='grid'>
        {tiles.map((t) => (
          <View className='grid__item' key={t.url}>
            <View className='grid__cell' onClick={() => go(t.url)} data-testid={`tile-${t.title}`}>
              {t.title}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
