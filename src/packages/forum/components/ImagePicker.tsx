import { Image, View } from '@tarojs/components'
import type { LocalImage } from '@/data'
import { showError } from '@/platform/feedback'
import { choosePhotos, PickError } from '@/platform/media'
import { onTap } from '@/platform/tap'

interface Props {
  images: LocalImage[]
  onChange(images: LocalImage[]): void
  max: number
}

/** Up to `max` photos: thumbnails with ✕ to take one out, and a big ＋ that opens the album or camera. */
export function ImagePicker({ images, onChange, max }: Props) {
  const add = onTap((tap) => {
    choosePhotos(tap, max - images.length).then(
      (picked) => picked.length && onChange([...images, ...picked].slice(0, max)),
      (err) => showError(err instanceof PickError ? err.message : '没能打开相册，请再试一次'),
    )
  })
  return (
    <View className='photos' data-testid='image-picker'>
      {images.map((img, i) => (
        <View className='photos__item' key={img.path}>
          <Image className='photos__img' src={img.path} mode='aspectFill' />
          <View
            className='photos__remove'
            onClick={() => onChange(images.filter((_, j) => j !== i))}
            data-testid='remove-image'
          >
            ✕
          </View>
        </View>
      ))}
      {images.length < max ? (
        <View className='photos__item photos__add' onClick={add} data-testid='add-image'>
          <View className='title-xl'>＋</View>
          <View>添加照片</View>
        </View>
      ) : null}
    </View>
  )
}
