import { Text, View } from '@tarojs/components'

export interface Tile {
  key: string
  /** A picture for those who read slowly; an emoji renders on every phone. */
  icon: string
  title: string
  /** Something waiting, e.g. 3 registrations to review; nothing is shown for 0. */
  badge?: number
  /** One short line under the title, e.g. 代办时不能用. */
  note?: string
  /** Greyed: the tile explains, on its page, why it cannot be used now. */
  muted?: boolean
  onTap(): unknown
}

/** Big square tiles, two to a row, each a picture, a name and what is waiting there. */
export function TileGrid({ tiles, testId }: { tiles: Tile[]; testId?: string }) {
  return (
    <View className='grid' data-testid={testId}>
      {tiles.map((t) => (
        <View className='grid__item' key={t.key}>
          <View
            className={`grid__cell${t.muted ? ' grid__cell--muted' : ''}`}
            onClick={() => t.onTap()}
            data-testid={`tile-${t.title}`}
          >
            <Text className='grid__icon'>{t.icon}</Text>
            <View className='grid__title'>
              {t.title}
              {t.badge ? (
                <Text className='grid__count' data-testid='tile-count'>
                  {t.badge > 99 ? '99+' : t.badge}
                </Text>
              ) : null}
            </View>
            {t.note ? <View className='grid__note'>{t.note}</View> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
