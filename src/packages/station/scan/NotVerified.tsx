import { View } from '@tarojs/components'
import { Btn } from '@/components/Btn'
import { goHome } from '@/platform/nav'

/** A scan by someone not yet verified here: why it did not count, and the way to register. */
export function NotVerified({ what }: { what: string }) {
  return (
    <View className='state' data-testid='scan-not-verified'>
      <View className='state__title'>还不能签到</View>
      <View>登记并通过审核后，才能扫码签到{what}。</View>
      <Btn className='btn btn--primary' onClick={goHome}>
        去驿站首页登记
      </Btn>
    </View>
  )
}
