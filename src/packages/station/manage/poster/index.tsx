import { Image, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { PosterView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { useMutation, useQuery } from '@/data'
import { tellOutcome } from '@/platform/deliver'
import { confirm, toastDone } from '@/platform/feedback'
import { openSettings, preparePng, saveImage, SaveError } from '@/platform/files'
import { onTap } from '@/platform/tap'
import { useTwoTap } from '@/platform/useTwoTap'
import '../../components/staff.css'
import './print'

/** 驿站二维码: the poster residents scan to land on this station and register. */
export default function PosterPage() {
  return (
    <Screen testId='page-poster'>
      <AccessGate allow={(p) => p.isStaff}>{() => <Poster />}</AccessGate>
    </Screen>
  )
}

function Poster() {
  const poster = useQuery('station', 'poster', { refresh: false })
  const refresh = useMutation('station', 'poster', { invalidates: ['station.poster'] })
  // The image is made ready (downloaded from cloud storage) as soon as it is shown, so 保存到相册
  // is one tap that saves directly (platform/tap.ts).
  const image = useTwoTap({
    prepare: (view: PosterView) => preparePng({ url: view.imageUrl }, `${view.stationName}-二维码`),
    async deliver(tap, file) {
      const outcome = await saveImage(tap, file)
      tellOutcome(outcome)
      return outcome
    },
  })
  useEffect(() => {
    if (poster.data) image.prepare(poster.data)
  }, [poster.data])

  const regenerate = async () => {
    if (!(await confirm('重新生成二维码？', '一般只在图片显示不正常时才需要。生成后请用新图片打印。'))) return
    if (await refresh.run({ refresh: true })) toastDone('已重新生成')
  }

  return (
    <Loadable state={poster} onRetry={poster.reload} loadingText='正在准备二维码…'>
      {(view) => (
        <View>
          <PosterSheet view={view} />
          {refresh.formError ? (
            <View className='banner banner--red' data-testid='poster-error'>
              {refresh.formError}
            </View>
          ) : null}
          <View className='no-print'>
            <View className='staff-line'>
              保存后可打印，张贴在驿站门口、单元楼道和电梯口。居民扫码后会进入本驿站并可登记。
            </View>
            {image.error ? (
              <View className='banner banner--red' data-testid='save-poster-error'>
                {image.error}
              </View>
            ) : null}
            {image.state.phase === 'failed' &&
            image.state.error instanceof SaveError &&
            image.state.error.needsSetting ? (
              <Btn className='btn btn--plain' onClick={onTap((tap) => void openSettings(tap))}>
                打开设置
              </Btn>
            ) : null}
            <Btn
              className='btn btn--primary'
              disabled={!image.ready || image.state.phase === 'delivering'}
              onClick={image.deliverOnTap}
              data-testid='save-poster'
            >
              {image.state.phase === 'preparing'
                ? '正在准备图片…'
                : process.env.TARO_ENV === 'h5'
                  ? '下载二维码图片'
                  : '保存到相册'}
            </Btn>
            {process.env.TARO_ENV === 'h5' ? (
              <Btn className='btn btn--plain' onClick={() => window.print()} data-testid='print-poster'>
                打印海报
              </Btn>
            ) : null}
            <Btn
              className='btn btn--ghost'
              disabled={refresh.busy}
              onClick={regenerate}
              data-testid='refresh-poster'
            >
              {refresh.busy ? '正在生成…' : '重新生成'}
            </Btn>
          </View>
        </View>
      )}
    </Loadable>
  )
}

/** What is printed: the station, the QR, what to do, where the station is, and its code for typing. */
function PosterSheet({ view }: { view: PosterView }) {
  return (
    <View className='poster' data-testid='poster'>
      <View className='poster__name' data-testid='poster-station'>
        {view.stationName}
      </View>
      <Image className='poster__qr' src={view.imageUrl} mode='scaleToFill' data-testid='poster-qr' />
      <View className='poster__call'>微信扫一扫 进入驿站登记</View>
      {view.address ? (
        <View className='poster__address' data-testid='poster-address'>
          地址：{view.address}
        </View>
      ) : null}
      <View className='poster__code' data-testid='poster-code'>
        没有二维码时，可在小程序里输入驿站编号：{view.scene.replace(/^s=/, '')}
      </View>
    </View>
  )
}
