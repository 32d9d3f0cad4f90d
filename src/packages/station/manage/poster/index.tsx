import { Image, View } from '@tarojs/components'
import type { PosterView } from '@contract/station'
import { AccessGate } from '@/components/AccessGate'
import { Btn } from '@/components/Btn'
import { Screen } from '@/components/Screen'
import { Loadable } from '@/components/StateViews'
import { imageBase64, useMutation, useQuery } from '@/data'
import { deliverPng } from '@/platform/deliver'
import { confirm, toast } from '@/platform/feedback'
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

  const regenerate = async () => {
    if (!(await confirm('重新生成二维码？', '一般只在图片显示不正常时才需要。生成后请用新图片打印。'))) return
    if (await refresh.run({ refresh: true })) toast('已重新生成', 'success')
  }

  const saveImage = async (view: PosterView) => {
    try {
      // Saved from its temporary URL: the image lives in cloud storage.
      await deliverPng(await imageBase64(view.imageUrl), `${view.stationName}-二维码`)
    } catch (err) {
      toast((err as Error).message || '没能保存，请稍后再试')
    }
  }

  return (
    <Loadable state={poster} onRetry={poster.reload} loadingText='正在准备二维码…'>
      {(view) => (
        <View>
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
          </View>
          {refresh.formError ? (
            <View className='banner banner--red' data-testid='poster-error'>
              {refresh.formError}
            </View>
          ) : null}
          <View className='no-print'>
            <View className='staff-line'>
              保存后可打印，张贴在驿站门口、单元楼道和电梯口。居民扫码后会进入本驿站并可登记。
            </View>
            <Btn className='btn btn--primary' onClick={() => saveImage(view)} data-testid='save-poster'>
              {process.env.TARO_ENV === 'h5' ? '下载二维码图片' : '保存到相册'}
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
