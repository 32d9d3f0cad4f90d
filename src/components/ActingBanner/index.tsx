import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { Btn } from '@/components/Btn'
import { canRetry, useMe } from '@/data'
import { showError } from '@/platform/feedback'
import { useSession } from '@/stores/session'
import type { Principal } from '@/stores/session'

/** While a stand-in acts for a neighbour (代办), every page says so and offers to stop. */
export function ActingBanner() {
  const actingFor = useSession((s) => s.actingFor)
  return actingFor ? <Acting principal={actingFor} /> : null
}

function Acting({ principal }: { principal: Principal }) {
  const actFor = useSession((s) => s.actFor)
  const me = useMe()
  // The link ended meanwhile (revoked, or the neighbour moved out): stop, and say so.
  useEffect(() => {
    if (me.error && !canRetry(me.error)) {
      actFor(null)
      showError(me.error.message)
    }
  }, [me.error])
  return (
    <View className='banner banner--acting' data-testid='acting-for'>
      <View className='banner--acting__text'>
        <View className='banner--acting__title'>正在代{principal.name}办事</View>
        <View className='text-s'>这时办的事都记在{principal.name}名下，并注明由您代办。</View>
      </View>
      <Btn className='btn btn--small' onClick={() => actFor(null)} data-testid='stop-acting'>
        结束代办
      </Btn>
    </View>
  )
}
