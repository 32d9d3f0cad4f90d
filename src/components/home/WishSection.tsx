import { View } from '@tarojs/components'
import { useQuery } from '@/data'
import { go } from '@/platform/nav'
import { shortDate } from '@/utils/format'
import './WishSection.css'

const WALL = '/packages/wish/wall/index'

/**
 * 微心愿 on the station home: the wishes waiting soonest for a helper and the way to the wall.
 * Cards only (title, building, by when): the wall never says who or exactly where.
 */
export function WishSection() {
  const open = useQuery('wish', 'wall', { filter: 'open', limit: 2 })
  const data = open.data
  return (
    <View className='card' data-testid='home-wishes'>
      <View className='card__title'>微心愿</View>
      {data && data.total > 0 ? (
        <View>
          <View className='text-s muted'>有 {data.total} 个邻居的小心愿等待认领</View>
          {data.items.map((w) => (
            <View
              key={w.wishId}
              className='home-wish'
              onClick={() => go(`/packages/wish/detail/index?id=${w.wishId}`)}
              data-testid={`home-wish-${w.wishId}`}
            >
              <View>{w.title}</View>
              <View className='text-s muted'>
                {w.buildingName} · 希望{shortDate(w.neededBy)}前完成 ›
              </View>
            </View>
          ))}
        </View>
      ) : (
        <View className='text-s muted'>
          {open.error ? open.error.message : '邻居有困难，可以在这里发个小心愿。'}
        </View>
      )}
      <View className='link-line' onClick={() => go(WALL)} data-testid='home-go-wall'>
        去心愿墙 ›
      </View>
    </View>
  )
}
