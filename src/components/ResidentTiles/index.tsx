import type { MemberSelf } from '@contract/station'
import { TileGrid } from '@/components/TileGrid'
import type { Tile } from '@/components/TileGrid'
import { go } from '@/platform/nav'
import { useSession } from '@/stores/session'

interface ResidentTile {
  icon: string
  title: string
  url: string
  show?(member: MemberSelf): boolean
  /** Can a stand-in do this for the neighbour they act for (代办)? The server decides the same. */
  forPrincipal: boolean
}

// Each domain adds its resident pages here (志愿活动, 微心愿, 通知…).
const TILES: ResidentTile[] = [
  { icon: '📋', title: '我的登记', url: '/packages/station/status/index', forPrincipal: true },
  { icon: '📢', title: '驿站通知', url: '/packages/notice/list/index', forPrincipal: true },
  {
    icon: '🚩',
    title: '党员报到',
    url: '/packages/station/party/index',
    show: (m) => m.isPartyMember,
    forPrincipal: false,
  },
  { icon: '🤝', title: '代办服务', url: '/packages/station/proxy/index', forPrincipal: false },
  // Posting and following a wish can be done for the neighbour one acts for.
  { icon: '💝', title: '微心愿', url: '/packages/wish/wall/index', forPrincipal: true },
  { icon: '🔔', title: '消息通知', url: '/packages/station/messages/index', forPrincipal: false },
  { icon: '🔁', title: '切换驿站', url: '/packages/station/stations/index', forPrincipal: false },
]

/**
 * What a registered resident can do here. While acting for a neighbour, each tile either acts
 * for them (and says whose it is) or says it cannot be done for them.
 */
export function ResidentTiles({ member }: { member: MemberSelf }) {
  const actingFor = useSession((s) => s.actingFor)
  const tiles: Tile[] = TILES.filter((t) => t.show?.(member) ?? true).map((t) => {
    const blocked = !!actingFor && !t.forPrincipal
    return {
      key: t.url,
      icon: t.icon,
      title: actingFor && t.forPrincipal ? t.title.replace('我的', `${actingFor.name}的`) : t.title,
      note: blocked ? '代办时不能用' : undefined,
      muted: blocked,
      onTap: () => go(t.url),
    }
  })
  return <TileGrid tiles={tiles} testId='resident-tiles' />
}
