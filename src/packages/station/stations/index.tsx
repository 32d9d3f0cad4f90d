import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsMyself } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { StationList } from '@/components/StationList'
import { asCallError, useQuery } from '@/data'
import { showError, toastDone } from '@/platform/feedback'
import { go } from '@/platform/nav'
import { sceneFrom } from '@/platform/scene'
import { useSession } from '@/stores/session'

/** Switch between the stations I belong to (I moved; I own one flat and rent another). */
export default function Stations() {
  const { station, selectStation, enterByCode } = useSession()
  const stations = useQuery('station', 'myStations', {})

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
      <AsMyself>
        {station ? <View className='banner banner--info'>当前驿站：{station.name}</View> : null}
        <StationList
          state={stations}
          currentId={station?.stationId}
          onRetry={stations.reload}
          onPick={(s) => {
            selectStation(s)
            toastDone('已切换')
            go('/pages/home/index')
          }}
        />
        {process.env.TARO_ENV === 'weapp' ? (
          <Btn className='btn btn--plain' onClick={scan}>
            扫码进入其他驿站
          </Btn>
        ) : null}
      </AsMyself>
    </Screen>
  )
}
