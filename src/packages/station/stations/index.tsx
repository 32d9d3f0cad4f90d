import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Screen } from '@/components/Screen'
import { StationList } from '@/components/StationList'
import { go, toast } from '@/services/platform'
import { showError } from '@/services/platform/feedback'
import { sceneFrom } from '@/services/scene'
import { asCallError } from '@/stores/async'
import { useSession } from '@/stores/session'
import { Btn } from '@/components/Btn'

/** Switch between the stations I belong to (I moved; I own one flat and rent another). */
export default function Stations() {
  const { station, stations, loadStations, selectStation, enterByCode } = useSession()
  useDidShow(() => {
    loadStations()
  })

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: false })
      const { stationCode } = sceneFrom({}, `?${(res.path ?? '').split('?')[1] ?? ''}`)
      if (!stationCode) return showError('这不是驿站的二维码，请扫描驿站门口张贴的二维码')
      await enterByCode(stationCode)
      go('/pages/home/index')
    } catch (err) {
      if ((err as { errMsg?: string }).errMsg?.includes('cancel')) return
      showError(asCallError(err).message)
    }
  }

  return (
    <Screen testId='page-stations'>
      {station ? <View className='banner banner--info'>当前驿站：{station.name}</View> : null}
      <StationList
        state={stations}
        currentId={station?.stationId}
        onRetry={loadStations}
        onPick={(s) => {
          selectStation(s)
          toast(`已切换到${s.name}`)
          go('/pages/home/index')
        }}
      />
      {process.env.TARO_ENV === 'weapp' ? (
        <Btn className='btn btn--plain' onClick={scan}>
          扫码进入其他驿站
        </Btn>
      ) : null}
    </Screen>
  )
}
