import { View } from '@tarojs/components'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Screen } from '@/components/Screen'
import { ErrorView, Loading } from '@/components/StateViews'
import { asCallError, useQuery } from '@/data'
import type { CallError } from '@/data'
import { go } from '@/platform/nav'
import { sceneFrom } from '@/platform/scene'
import { useSession } from '@/stores/session'
import { StationList } from '@/components/StationList'
import { Btn } from '@/components/Btn'
import { CodeEntry } from './CodeEntry'

/**
 * Where a QR scan or a shared card lands: find the station in the scene and go to its home.
 * Opened plainly, it returns to the last station, or asks to scan / choose one.
 */
export default function Entry() {
  const router = useRouter()
  const { station, enterByCode, selectStation } = useSession()
  const [phase, setPhase] = useState<'entering' | 'choose' | 'error'>('entering')
  const [error, setError] = useState<CallError | null>(null)
  const stations = useQuery('station', 'myStations', {}, { enabled: phase === 'choose' })

  const enter = async (code: string) => {
    setPhase('entering')
    try {
      await enterByCode(code)
      await go('/pages/home/index')
    } catch (err) {
      setError(asCallError(err))
      setPhase('error')
    }
  }

  const start = () => {
    const search = process.env.TARO_ENV === 'h5' ? window.location.search : ''
    const { stationCode } = sceneFrom(router.params as Record<string, string>, search)
    if (stationCode) return enter(stationCode)
    if (station) return go('/pages/home/index')
    setPhase('choose')
  }

  useLoad(() => {
    start()
  })

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: false })
      const query = (res.path ?? '').split('?')[1] ?? ''
      const { stationCode } = sceneFrom({}, `?${query}`)
      if (stationCode) await enter(stationCode)
    } catch {
      // The person closed the scanner.
    }
  }

  // A code that names no station: back to the station I was in, or to choosing one.
  const home = () => (station ? go('/pages/home/index') : setPhase('choose'))

  return (
    <Screen testId='page-entry'>
      {phase === 'entering' ? <Loading text='正在进入驿站…' /> : null}
      {phase === 'error' && error ? (
        <ErrorView
          error={error}
          onRetry={start}
          onHome={home}
          homeText={station ? `回到${station.name}` : '选择我的驿站'}
        />
      ) : null}
      {phase === 'choose' ? (
        <View>
          <View className='hero'>
            <View className='title-xl'>邻里驿站</View>
            <View className='muted'>
              请用微信扫一扫驿站门口的二维码，进入您所在小区的驿站；也可以在下面输入驿站编号。
            </View>
          </View>
          {process.env.TARO_ENV === 'weapp' ? (
            <Btn className='btn btn--primary' onClick={scan}>
              扫描驿站二维码
            </Btn>
          ) : null}
          <CodeEntry
            enter={async (code) => {
              await enterByCode(code)
              await go('/pages/home/index')
            }}
          />
          <StationList
            state={stations}
            onRetry={stations.reload}
            onPick={(s) => {
              selectStation(s)
              go('/pages/home/index')
            }}
          />
          {LOCAL_CLOUD ? (
            <View className='card'>
              <View className='card__title'>本地演示</View>
              <Btn className='btn btn--plain' data-testid='demo-station' onClick={() => enter('xinan')}>
                打开示例驿站：馨安公寓
              </Btn>
            </View>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}
