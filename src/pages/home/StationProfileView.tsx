import { View } from '@tarojs/components'
import type { StationProfile } from '@contract/station'
import { SIDE_LABELS } from '@contract/labels'

export function StationProfileView({ profile }: { profile: StationProfile }) {
  return (
    <View>
      <View className='card'>
        <View className='card__title'>开放时间</View>
        <View data-testid='opening-hours'>{profile.openingHours}</View>
        <View className='muted text-s'>地址：{profile.address}</View>
      </View>
      <View className='card' data-testid='station-team'>
        <View className='card__title'>驿站班子</View>
        {profile.team.map((seat) => (
          <View className='row' key={`${seat.name}-${seat.title}`}>
            <View>
              <View>{seat.name}</View>
              <View className='text-s muted'>{seat.title}</View>
            </View>
            {seat.side ? <View className='tag'>{SIDE_LABELS[seat.side]}</View> : null}
          </View>
        ))}
      </View>
      {profile.services.length > 0 ? (
        <View className='card'>
          <View className='card__title'>服务清单</View>
          <View>
            {profile.services.map((s) => (
              <View className='tag tag--grey' key={s}>
                {s}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {profile.rooms.length > 0 ? (
        <View className='card'>
          <View className='card__title'>功能室</View>
          {profile.rooms.map((r) => (
            <View className='row' key={r.name}>
              <View>{r.name}</View>
              <View className='text-s muted'>{r.use}</View>
            </View>
          ))}
        </View>
      ) : null}
      {profile.intro ? <View className='card muted'>{profile.intro}</View> : null}
    </View>
  )
}
