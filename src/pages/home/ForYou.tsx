import { View } from '@tarojs/components'
import type { MeView, StationProfile } from '@contract/station'
import { ResidentTiles } from '@/components/ResidentTiles'

/** A verified resident's first screen: what they can do here now, and what the station offers. */
export function ForYou({ me, profile }: { me: MeView; profile: StationProfile }) {
  const member = me.member!
  return (
    <View className='card' data-testid='for-you'>
      <View className='card__title'>我能办的事</View>
      <ResidentTiles member={member} />
      {profile.services.length > 0 ? (
        <View className='text-s for-you__line' data-testid='for-you-services'>
          驿站服务：{profile.services.join('、')}
        </View>
      ) : null}
      <View className='text-s muted for-you__line'>志愿活动也会在这里开放。</View>
    </View>
  )
}
