import { View } from '@tarojs/components'
import type { BuildingReach } from '@contract/notice'
import { ShowMore } from '@/components/ShowMore'
import { barWidth } from '@/utils/format'

/** Per building: read / posted-to households, its units, and whether it got its reminder. */
export function BuildingRows({ buildings }: { buildings: BuildingReach[] }) {
  const shown = buildings.filter((b) => b.targeted > 0)
  return (
    <View className='card' data-testid='by-building'>
      <View className='card__title'>按楼栋</View>
      {shown.length === 0 ? <View className='muted'>这些楼栋还没有登记的住户。</View> : null}
      <ShowMore
        items={shown}
        keyOf={(b) => b.buildingId}
        renderItem={(b) => (
          <View className='reach-row' data-testid={`reach-${b.buildingId}`}>
            <View className='reach-row__head'>
              <View>{b.name}</View>
              <View data-testid='reach-count'>
                已读 {b.read} / {b.targeted} 户
              </View>
            </View>
            <View className='reach-track'>
              <View className='reach-bar' style={{ width: barWidth(b.read, b.targeted) }} />
            </View>
            {b.units.length > 1 ? (
              <View className='reach-row__units'>
                {b.units.map((u) => `${u.unit}单元 ${u.read}/${u.targeted}`).join(' · ')}
              </View>
            ) : null}
            {b.reminder ? (
              <View className='text-s muted'>
                已提醒：消息送达 {b.reminder.messaged} 户，需上门 {b.reminder.toVisit} 户
              </View>
            ) : null}
          </View>
        )}
      />
    </View>
  )
}
