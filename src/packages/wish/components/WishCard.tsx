import { Image, Text, View } from '@tarojs/components'
import { WISH_CATEGORY_LABELS, WISH_STATUS_LABELS } from '@contract/labels'
import type { WishCard as Card } from '@contract/wish'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import { detailUrl } from './moves'

const ICONS: Record<Card['category'], string> = {
  legalAid: '⚖️',
  homeVisit: '🏠',
  dailyHelp: '🧺',
  company: '🤝',
  repair: '🔧',
  other: '✨',
}

const STATUS_TAG: Partial<Record<Card['status'], string>> = {
  open: 'tag',
  confirmed: 'tag tag--ok',
  fulfilled: 'tag tag--ok',
  claimed: 'tag tag--warn',
}

/**
 * A wish as the wall shows it: what, which kind, which building, by when — never who or exactly
 * where. Once it came true, who helped and the wisher's thanks.
 */
export function WishCard({ wish, showStatus = true }: { wish: Card; showStatus?: boolean }) {
  return (
    <View className='card' onClick={() => go(detailUrl(wish.wishId))} data-testid={`wish-${wish.wishId}`}>
      <View className='wish-card'>
        {wish.imageUrls[0] ? (
          <Image className='wish-card__thumb' src={wish.imageUrls[0]} mode='aspectFill' />
        ) : (
          <View className='wish-card__thumb wish-card__thumb--none'>{ICONS[wish.category]}</View>
        )}
        <View className='wish-card__body'>
          <View className='title-l'>{wish.title}</View>
          <View className='wish-card__meta'>
            <Text className='tag tag--grey'>{WISH_CATEGORY_LABELS[wish.category]}</Text>
            {showStatus ? (
              <Text className={STATUS_TAG[wish.status] ?? 'tag tag--grey'} data-testid='wish-status'>
                {WISH_STATUS_LABELS[wish.status]}
              </Text>
            ) : null}
          </View>
          <View className='text-s muted'>
            {wish.buildingName} · {shortDate(wish.neededBy)}前
          </View>
          {wish.claimerName ? (
            <View className='text-s' data-testid='wish-claimer'>
              {helperLine(wish)}
            </View>
          ) : null}
        </View>
      </View>
      {wish.thanks ? (
        <View className='wish-thanks' data-testid='wish-thanks'>
          “{wish.thanks}”
        </View>
      ) : null}
    </View>
  )
}

function helperLine(wish: Card): string {
  if (wish.status === 'confirmed')
    return `${wish.claimerName} 帮忙实现${wish.points ? `，获得 ${wish.points} 积分` : ''}`
  if (wish.status === 'fulfilled') return `${wish.claimerName} 已完成，等待确认`
  return `${wish.claimerName} 已认领`
}
