import { Image, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PosterView } from '@contract/station'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { call } from '@/services/cloud'
import { openSettings, preparePng, saveImage, SaveError } from '@/services/files'
import { confirm } from '@/services/platform'
import { showError, toastDone } from '@/services/platform/feedback'
import { onTap } from '@/services/platform/tap'
import { useTwoTap } from '@/services/platform/useTwoTap'
import type { Async } from '@/stores/async'
import { idle, track } from '@/stores/async'
import { Btn } from '@/components/Btn'
import { StaffGate } from '../components/StaffGate'
import { tellOutcome } from '../components/deliver'
import '../components/staff.css'
import './print'

/** 驿站二维码: the poster residents scan to land on this station and register. */
export default function PosterPage() {
  return (
    <Screen testId='page-poster'>
      <StaffGate allow={(p) => p.isStaff}>{() => <Poster />}</StaffGate>
    </Screen>
  )
}

function Poster() {
  const [poster, setPoster] = useState<Async<PosterView>>(idle())
  const [busy, setBusy] = useState<'refresh' | null>(null)
  const load = (refresh = false) =>
    track(
      () => poster,
      setPoster,
      () => call('station', 'poster', { refresh }),
    )
  useEffect(() => {
    load()
  }, [])
  // The image is made ready (written to a file, or downloaded once it lives in cloud storage) as
  // soon as it is shown, so 保存到相册 is one tap that saves directly (services/platform/tap.ts).
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
  const failure = image.state.phase === 'failed' ? image.state.error : null

  const regenerate = async () => {
    if (!(await confirm('重新生成二维码？', '一般只在图片显示不正常时才需要。生成后请用新图片打印。'))) return
    setBusy('refresh')
    const next = await load(true)
    setBusy(null)
    if (next) toastDone('已重新生成')
    else showError('没能重新生成，请稍后再试')
  }

  return (
    <Loadable state={poster} onRetry={() => load()} loadingText='正在准备二维码…'>
      {(view) => (
        <View>
          <View className='poster' data-testid='poster'>
            <View className='poster__name' data-testid='poster-station'>
              {view.stationName}
            </View>
            <Image className='poster__qr' src={view.imageUrl} mode='scaleToFill' data-testid='poster-qr' />
            <View className='poster__call'>微信扫一扫 进入驿站登记</View>
            <View className='poster__scene' data-testid='poster-address'>
              {view.address}
            </View>
            <View className='poster__scene' data-testid='poster-code'>
              没有二维码时，可在小程序里输入驿站编号：{view.scene.replace(/^s=/, '')}
            </View>
          </View>
          {poster.error ? (
            <View className='banner banner--red' data-testid='poster-error'>
              {poster.error.message}
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
            {failure instanceof SaveError && failure.needsSetting ? (
              <Btn className='btn btn--plain' onClick={onTap((tap) => void openSettings(tap))}>
                打开设置
              </Btn>
            ) : null}
            <Btn
              className='btn btn--primary'
              disabled={!!busy || !image.ready || image.state.phase === 'delivering'}
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
              disabled={!!busy}
              onClick={regenerate}
              data-testid='refresh-poster'
            >
              {busy === 'refresh' ? '正在生成…' : '重新生成'}
            </Btn>
          </View>
        </View>
      )}
    </Loadable>
  )
}
