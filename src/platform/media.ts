/**
 * Picking photos from the album or camera (`chooseMedia`, a privacy API declared in
 * config/privacy.ts). It answers a tap (platform/tap.ts): the picker should never open by itself.
 * Backing out is not an error; a refused privacy popup or a switched-off permission each get
 * their own plain message.
 */
import Taro from '@tarojs/taro'
import { privacyMessage, refusalOf } from './privacy'
import { inTap } from './tap'
import type { Tap } from './tap'

export interface PickedImage {
  path: string
  size?: number
}

export class PickError extends Error {}

/** Up to `count` photos, compressed by WeChat; [] when the person backs out. */
export function pickImages(tap: Tap, count: number): Promise<PickedImage[]> {
  return inTap(tap, 'chooseMedia', () =>
    Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    }),
  ).then(
    (res) => res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size })),
    (err) => {
      const refusal = refusalOf(err)
      if (refusal === 'cancelled') return []
      if (refusal === 'privacyRefused' || refusal === 'privacyUndeclared')
        throw new PickError(privacyMessage(refusal, '选择照片'))
      if (refusal === 'scopeDenied')
        throw new PickError('您关闭了相册或相机的权限，请点右上角“…”→“设置”打开后再试')
      throw new PickError('没能打开相册，请再试一次')
    },
  )
}
