import { View } from '@tarojs/components'
import { Empty } from '@/components/StateViews'
import { go } from '@/platform/nav'

/** A page about one activity opened without saying which (an old link, a bare path). */
export function NoActivity() {
  return (
    <Empty title='没有找到这个活动'>
      <View className='link-line' onClick={() => go('/packages/volunteer/index/index')}>
        去看看近期活动
      </View>
    </Empty>
  )
}
