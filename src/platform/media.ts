/**
 * Choosing photos from the album or camera (选中的照片: a privacy API, declared in config/privacy.ts).
 * The picker answers a tap (platform/tap.ts): in the mini-program `chooseMedia` opens from the tap
 * itself; in H5 the browser's file picker does the same. Backing out is not an error; a refused
 * privacy prompt is, in plain words.
 */
import Taro from '@tarojs/taro'
import type { LocalImage } from '@/data'
import { privacyMessage, refusalOf } from './privacy'
import { inTap } from './tap'
import type { Tap } from './tap'

export class PickError extends Error {}

function failed(err: unknown): LocalImage[] {
  const refusal = refusalOf(err)
  if (refusal === 'privacyRefused' || refusal === 'privacyUndeclared')
    throw new PickError(privacyMessage(refusal, '选择照片'))
  if (refusal === 'cancelled') return []
  throw new PickError('没能打开相册，请稍后再试')
}

/** Up to `count` photos; an empty list when the person backed out. Call from the tap itself. */
export function chooseImages(tap: Tap, count: number): Promise<LocalImage[]> {
  if (count <= 0) return Promise.resolve([])
  if (process.env.TARO_ENV === 'h5') {
    return inTap(tap, 'chooseImage', () => Taro.chooseImage({ count, sizeType: ['compressed'] })).then(
      (res) => res.tempFiles.map((f) => ({ path: f.path, size: f.size })),
      failed,
    )
  }
  return inTap(tap, 'chooseMedia', () =>
    Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] }),
  ).then((res) => res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size })), failed)
}
