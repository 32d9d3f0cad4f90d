/**
 * Choosing photos from the album or the camera (`chooseMedia`, a privacy API: config/privacy.ts).
 * It answers a tap (platform/tap.ts), so the picker never appears by itself. A person who backs
 * out has chosen nothing; a refused privacy popup gets its own plain message. In H5 the browser's
 * file picker stands in (Taro's chooseMedia), album only.
 */
import Taro from '@tarojs/taro'
import type { LocalImage } from '@/data'
import { privacyMessage, refusalOf } from './privacy'
import { inTap } from './tap'
import type { Tap } from './tap'

export class PickError extends Error {}

/** Up to `count` photos; [] when the person cancelled. Call from the tap itself. */
export function choosePhotos(tap: Tap, count: number): Promise<LocalImage[]> {
  const picking = inTap(tap, 'chooseMedia', () =>
    Taro.chooseMedia({
      count,
      mediaType: ['image'],
      // Phones' photos are large; WeChat's compression keeps them well under the 5 MB limit.
      sizeType: ['compressed'],
      sourceType: process.env.TARO_ENV === 'h5' ? ['album'] : ['album', 'camera'],
    }),
  )
  return picking.then(
    (res) => res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size })),
    (err) => {
      const refusal = refusalOf(err)
      if (refusal === 'cancelled') return []
      if (refusal === 'privacyRefused' || refusal === 'privacyUndeclared')
        throw new PickError(privacyMessage(refusal, '选择照片'))
      if (refusal === 'scopeDenied')
        throw new PickError('您之前关闭了相机或相册的权限，请在右上角“···”→“设置”里打开后再选')
      throw new PickError('没能打开相册，请稍后再试')
    },
  )
}

/** Shows the photos full screen, one after another (not a privacy API). */
export function previewPhotos(urls: string[], current: string) {
  return Taro.previewImage({ urls, current }).catch(() => undefined)
}

/** Calls the wisher (not a privacy API; WeChat asks the person first). */
export function callPhone(phoneNumber: string) {
  return Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}
