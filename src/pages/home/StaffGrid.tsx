import { View } from '@tarojs/components'
import type { Permissions } from '@contract/station'
import { TileGrid } from '@/components/TileGrid'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'

interface StaffTile {
  icon: string
  title: string
  url: string
  show(p: Permissions): boolean
}

const MANAGE = '/packages/station/manage'

const TILES: StaffTile[] = [
  { icon: '✅', title: '登记审核', url: `${MANAGE}/verify/index`, show: (p) => p.canVerify },
  { icon: '📢', title: '通知管理', url: '/packages/notice/manage/list/index', show: (p) => p.canVerify },
  { icon: '🤝', title: '代办审核', url: `${MANAGE}/proxy-requests/index`, show: (p) => p.canVerify },
  { icon: '📇', title: '住户名册', url: `${MANAGE}/directory/index`, show: (p) => p.canSeeDirectory },
  { icon: '🏠', title: '驿站资料', url: `${MANAGE}/profile/index`, show: (p) => p.isStaff },
  { icon: '🏢', title: '楼栋与房屋', url: `${MANAGE}/buildings/index`, show: (p) => p.isStaff },
  { icon: '👥', title: '角色管理', url: `${MANAGE}/roles/index`, show: (p) => p.isStaff },
  { icon: '🔳', title: '驿站二维码', url: `${MANAGE}/poster/index`, show: (p) => p.isStaff },
  { icon: '🚩', title: '党员报到统计', url: `${MANAGE}/party-stats/index`, show: (p) => p.isStaff },
  { icon: '💝', title: '心愿管理', url: '/packages/wish/manage/index', show: (p) => p.isStaff },
  { icon: '📜', title: '操作记录', url: `${MANAGE}/audit/index`, show: (p) => p.isStaff },
  { icon: '🔔', title: '消息记录', url: '/packages/station/messages/index', show: (p) => p.isStaff },
]

/** The staff pages this person may open, with what waits in each; residents see none of it. */
export function StaffGrid({ permissions }: { permissions: Permissions }) {
  const waiting = { ...useWaiting(permissions.canVerify), ...useWishWaiting(permissions.isStaff) }
  const tiles = TILES.filter((t) => t.show(permissions))
  if (tiles.length === 0) return null
  return (
    <View className='card' data-testid='staff-grid'>
      <View className='card__title'>工作台</View>
      <TileGrid
        tiles={tiles.map((t) => ({
          key: t.url,
          icon: t.icon,
          title: t.title,
          badge: waiting[t.title],
          onTap: () => go(t.url),
        }))}
      />
    </View>
  )
}

/** How many registrations and 代办 requests wait for me (the queues' totals). */
function useWaiting(canVerify: boolean): Record<string, number | undefined> {
  const registrations = useQuery(
    'station',
    'verifyQueue',
    { status: 'pending', limit: 1 },
    { enabled: canVerify },
  )
  const requests = useQuery('station', 'proxyQueue', { limit: 1 }, { enabled: canVerify })
  return { 登记审核: registrations.data?.total, 代办审核: requests.data?.total }
}

/** Wishes waiting for review and disputes waiting for a decision (from the wish figures). */
function useWishWaiting(isStaff: boolean): Record<string, number | undefined> {
  const stats = useQuery('wish', 'stats', {}, { enabled: isStaff })
  return { 心愿管理: stats.data ? stats.data.pendingReview + stats.data.disputed : undefined }
}
