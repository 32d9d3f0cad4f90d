import { View } from '@tarojs/components'
import type { PartyStats } from '@contract/station'
import { ShowMore } from '@/components/ShowMore'
import { barWidth, thousands } from '@/utils/format'

/** Per building: reported (dark bar) and of them holding a post (light bar). */
export function ByBuilding({ rows }: { rows: PartyStats['byBuilding'] }) {
  const max = Math.max(0, ...rows.map((r) => r.reported))
  return (
    <View className='card' data-testid='stats-by-building'>
      <View className='card__title'>按楼栋</View>
      {rows.length === 0 ? (
        <View className='muted'>还没有党员报到</View>
      ) : (
        <View>
          <View className='staff-legend'>
            <View className='staff-legend__dot staff-bar' />
            已报到
            <View className='staff-legend__dot staff-bar staff-bar--soft' />
            认领岗位
          </View>
          <ShowMore
            items={rows}
            keyOf={(r) => r.buildingId ?? 'none'}
            renderItem={(r) => (
              <View className='staff-bar-row' data-testid={`building-stat-${r.buildingId ?? 'none'}`}>
                <View className='staff-bar-row__text'>
                  <View>{r.name}</View>
                  <View>
                    报到 {thousands(r.reported)} · 认领 {thousands(r.claimed)}
                  </View>
                </View>
                <View className='staff-bar-track'>
                  <View className='staff-bar' style={{ width: barWidth(r.reported, max) }} />
                </View>
                <View className='staff-bar-track staff-bar-track--thin'>
                  <View className='staff-bar staff-bar--soft' style={{ width: barWidth(r.claimed, max) }} />
                </View>
              </View>
            )}
          />
        </View>
      )}
    </View>
  )
}

/** Per post: how many hold it, most-claimed first. */
export function ByPost({ rows }: { rows: PartyStats['byPost'] }) {
  const max = Math.max(0, ...rows.map((r) => r.claimed))
  return (
    <View className='card' data-testid='stats-by-post'>
      <View className='card__title'>按岗位</View>
      {rows.length === 0 ? <View className='muted'>还没有人认领岗位</View> : null}
      <ShowMore
        items={rows}
        keyOf={(r) => r.postId}
        renderItem={(r) => (
          <View className='staff-bar-row' data-testid={`post-stat-${r.postId}`}>
            <View className='staff-bar-row__text'>
              <View>{r.name}</View>
              <View>{thousands(r.claimed)} 人</View>
            </View>
            <View className='staff-bar-track'>
              <View className='staff-bar' style={{ width: barWidth(r.claimed, max) }} />
            </View>
          </View>
        )}
      />
    </View>
  )
}
